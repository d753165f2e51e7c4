package scorepack.render.pdf;

import java.awt.Color;
import java.util.Objects;

/**
 * How a table cell is drawn.
 *
 * @param text the text style
 * @param fill the background, or null for none
 * @param align the horizontal placement of each line
 */
record CellLook(TextStyle text, Color fill, Align align) {
  CellLook {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(align, "align");
  }
}
