package scorepack.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;

class PdfFontsTest {
  /** OpenPDF silently drops a character its font lacks, so every symbol a pack prints is checked. */
  @Test
  void bothFacesHaveEverySymbolThePackPrints() throws IOException {
    PdfFonts fonts = PdfFonts.load();
    for (String symbol : new String[] {"↑", "↓", "→", "£", "–", "•", "’", "“", "”"}) {
      int codePoint = symbol.codePointAt(0);
      assertThat(fonts.regular().charExists(codePoint)).as(symbol).isTrue();
      assertThat(fonts.bold().charExists(codePoint)).as(symbol).isTrue();
    }
  }
}
