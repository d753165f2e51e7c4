package scorepack.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import scorepack.engine.Direction;
import scorepack.engine.Judgement;

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

  /** A DOT cell prints its arrow and its word; a glyph missing from the font would vanish from both. */
  @Test
  void boldFaceHasEveryCharacterOfEveryDotArrowAndWord() throws IOException {
    PdfFonts fonts = PdfFonts.load();
    StringBuilder marks = new StringBuilder();
    for (Direction d : Direction.values()) {
      marks.append(d.arrow());
    }
    for (Judgement j : Judgement.values()) {
      marks.append(j.word());
    }
    marks.codePoints().filter(c -> c != ' ').forEach(c ->
        assertThat(fonts.bold().charExists(c)).as(Character.toString(c)).isTrue());
  }
}
