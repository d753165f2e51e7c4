package scorepack.render.chart;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Encodes an opaque RGB image as PNG: 8-bit truecolour, no interlace, every row unfiltered, then
 * deflated. The JDK's own PNG writer (ImageIO) tries all five row filters on every row and deflates
 * hard, which made the charts' pictures most of a workbook's writing time; a chart is mostly flat
 * colour, which a quick deflate of the unfiltered rows packs almost as small (a tenth larger) in a
 * third of the time. Same image, same bytes.
 */
final class PngEncoder {
  private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
  private static final byte BIT_DEPTH = 8;
  private static final byte TRUECOLOUR = 2;
  private static final byte NO_FILTER = 0;
  /** Measured on the bundled charts: levels 1 to 3 take about the same time, 4 and up half as long again. */
  private static final int DEFLATE_LEVEL = 3;
  /** Rows converted and handed to the deflater at a time: about a quarter of a megabyte of a chart. */
  private static final int ROWS_PER_STRIP = 64;

  private PngEncoder() {}

  /** The image, which must be {@link BufferedImage#TYPE_INT_RGB}, as PNG bytes. */
  static byte[] encode(BufferedImage image) {
    if (image.getType() != BufferedImage.TYPE_INT_RGB) {
      throw new IllegalArgumentException("expected an RGB image, got image type " + image.getType());
    }
    try {
      byte[] rows = deflatedRows(image);
      // The signature, three chunks of 12 bytes each around their data, and a 13-byte header.
      ByteArrayOutputStream png = new ByteArrayOutputStream(SIGNATURE.length + 3 * 12 + 13 + rows.length);
      DataOutputStream out = new DataOutputStream(png);
      out.write(SIGNATURE);
      chunk(out, "IHDR", header(image.getWidth(), image.getHeight()));
      chunk(out, "IDAT", rows);
      chunk(out, "IEND", new byte[0]);
      return png.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot happen: writing to memory", e);
    }
  }

  private static byte[] header(int width, int height) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    DataOutputStream header = new DataOutputStream(bytes);
    header.writeInt(width);
    header.writeInt(height);
    // Bit depth, colour type, then the only compression, filter and interlace methods: 0, 0, none.
    header.write(new byte[] {BIT_DEPTH, TRUECOLOUR, 0, 0, 0});
    return bytes.toByteArray();
  }

  /**
   * The rows, each behind its filter byte, deflated in strips of rows: a row at a time through a
   * deflating stream took a third longer, and the whole image at once needed a copy of it.
   */
  private static byte[] deflatedRows(BufferedImage image) {
    int width = image.getWidth();
    int height = image.getHeight();
    int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
    int rowBytes = 1 + 3 * width;
    byte[] strip = new byte[ROWS_PER_STRIP * rowBytes];
    byte[] buffer = new byte[1 << 16];
    ByteArrayOutputStream deflated = new ByteArrayOutputStream(height * rowBytes / 16);
    Deflater deflater = new Deflater(DEFLATE_LEVEL);
    try {
      for (int top = 0; top < height; top += ROWS_PER_STRIP) {
        int rows = Math.min(ROWS_PER_STRIP, height - top);
        for (int y = top, i = 0; y < top + rows; y++) {
          strip[i++] = NO_FILTER;
          for (int x = y * width, end = x + width; x < end; x++) {
            int rgb = pixels[x];
            strip[i++] = (byte) (rgb >> 16);
            strip[i++] = (byte) (rgb >> 8);
            strip[i++] = (byte) rgb;
          }
        }
        deflater.setInput(strip, 0, rows * rowBytes);
        while (!deflater.needsInput()) {
          deflated.write(buffer, 0, deflater.deflate(buffer));
        }
      }
      deflater.finish();
      while (!deflater.finished()) {
        deflated.write(buffer, 0, deflater.deflate(buffer));
      }
      return deflated.toByteArray();
    } finally {
      deflater.end();
    }
  }

  private static void chunk(DataOutputStream out, String type, byte[] data) throws IOException {
    byte[] name = type.getBytes(StandardCharsets.US_ASCII);
    CRC32 crc = new CRC32();
    crc.update(name);
    crc.update(data);
    out.writeInt(data.length);
    out.write(name);
    out.write(data);
    out.writeInt((int) crc.getValue());
  }
}
