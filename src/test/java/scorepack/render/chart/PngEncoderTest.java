package scorepack.render.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class PngEncoderTest {
  @Test
  void decodesToExactlyThePixelsItWasGiven() throws IOException {
    BufferedImage image = new BufferedImage(301, 97, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, 301, 97);
    g.setColor(new Color(0x1d, 0x70, 0xb8));
    g.drawLine(0, 90, 300, 3);
    g.setColor(Color.BLACK);
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
    g.drawString("Amber ↑ 12.5%", 20, 40);
    g.dispose();
    image.setRGB(300, 96, 0x123456);

    BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(PngEncoder.encode(image)));

    assertThat(decoded.getWidth()).isEqualTo(301);
    assertThat(decoded.getHeight()).isEqualTo(97);
    for (int y = 0; y < 97; y++) {
      for (int x = 0; x < 301; x++) {
        assertThat(decoded.getRGB(x, y)).as("pixel %d,%d", x, y).isEqualTo(image.getRGB(x, y));
      }
    }
  }

  @Test
  void startsWithTheSignatureAndAHeaderChunkWithItsChecksum() {
    BufferedImage image = new BufferedImage(2, 3, BufferedImage.TYPE_INT_RGB);
    byte[] png = PngEncoder.encode(image);

    assertThat(Arrays.copyOf(png, 8)).containsExactly(0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a);
    ByteBuffer header = ByteBuffer.wrap(png, 8, 25);
    assertThat(header.getInt()).isEqualTo(13);
    byte[] typeAndData = Arrays.copyOfRange(png, 12, 12 + 4 + 13);
    assertThat(new String(typeAndData, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("IHDR");
    assertThat(ByteBuffer.wrap(typeAndData, 4, 8).getInt()).isEqualTo(2);
    assertThat(ByteBuffer.wrap(typeAndData, 8, 4).getInt()).isEqualTo(3);
    // 8 bits per sample, truecolour (2), deflate, adaptive filtering, no interlace.
    assertThat(Arrays.copyOfRange(typeAndData, 12, 17)).containsExactly(8, 2, 0, 0, 0);
    CRC32 crc = new CRC32();
    crc.update(typeAndData);
    assertThat(ByteBuffer.wrap(png, 12 + 17, 4).getInt()).isEqualTo((int) crc.getValue());
  }

  @Test
  void refusesImagesItCannotEncodeFaithfully() {
    BufferedImage translucent = new BufferedImage(2, 2, BufferedImage.TYPE_INT_ARGB);
    assertThatThrownBy(() -> PngEncoder.encode(translucent)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("RGB");
  }
}
