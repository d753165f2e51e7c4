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
 * @param alt words read out instead of the text (e.g. what an arrow means), or empty
 */
record TableCell(String text, CellLook look, int span, CellRole role, Trend trend, String alt) {
  TableCell {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(look, "look");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(alt, "alt");
    if (span < 1) {
      throw new IllegalArgumentException("a cell spans at least one column, not " + span);
    }
  }

  static TableCell data(String text, CellLook look) {
    return new TableCell(text, look, 1, CellRole.DATA, null, "");
  }

  boolean isSparkline() {
    return trend != null;
  }
}
