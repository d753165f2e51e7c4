package scorepack.render.pdf;

import java.util.Objects;
import scorepack.pack.Trend;

/**
 * One cell of a table body row.
 *
 * @param text the text, drawn as is and wrapped to the cell's width; empty for none
 * @param look how it is drawn
 * @param span how many columns it covers
 * @param role header or data, for tagging
 * @param trend a trend to draw as a sparkline in place of text, or null
 * @param alt words read out instead of the text, or empty
 * @param caption a smaller line under the text (the word under a DOT arrow), or null
 */
record TableCell(String text, CellLook look, int span, CellRole role, Trend trend, String alt, Caption caption) {
  TableCell {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(look, "look");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(alt, "alt");
    if (span < 1) {
      throw new IllegalArgumentException("a cell spans at least one column, not " + span);
    }
  }

  /** A cell without a caption. */
  TableCell(String text, CellLook look, int span, CellRole role, Trend trend, String alt) {
    this(text, look, span, role, trend, alt, null);
  }

  static TableCell data(String text, CellLook look) {
    return new TableCell(text, look, 1, CellRole.DATA, null, "");
  }

  boolean isSparkline() {
    return trend != null;
  }

  /**
   * Words set under a cell's text, in their own style, and read with it: the tagged content of a DOT
   * cell is "↑ improving", so a screen reader, text extraction and a black-and-white print all get
   * the meaning the arrow's colour gives.
   *
   * @param text the words
   * @param style how they are set
   */
  record Caption(String text, TextStyle style) {
    Caption {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(style, "style");
    }
  }
}
