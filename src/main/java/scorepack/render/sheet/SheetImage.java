package scorepack.render.sheet;

import java.util.Objects;
import scorepack.pack.Chart;

/**
 * A chart drawn as a picture in one cell of a sheet, on a row of its own that is made tall enough
 * to hold it. The picture's alternative text is the chart's description, which the sheet also
 * gives as text above it, so nothing is said by the image alone.
 *
 * @param row the zero-based row of the sheet (A1 is row 0) whose height the picture takes
 * @param column the zero-based column of its left edge
 * @param chart the chart to draw
 * @param name the picture's name, e.g. "Chart 1"
 * @param width its width in points
 * @param height its height in points
 * @param instead what a writer that draws no pictures puts in the cell instead: where the picture
 *     and its figures are
 */
public record SheetImage(int row, int column, Chart chart, String name, double width, double height,
    String instead) {
  /** The space above and below the picture in its row, in points. */
  public static final double MARGIN = 4;

  public SheetImage {
    Objects.requireNonNull(chart, "chart");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(instead, "instead");
    if (row < 1 || column < 0 || width <= 0 || height <= 0) {
      throw new IllegalArgumentException("a picture needs a row under the title, a column and a size: " + name);
    }
  }

  /** The picture's alternative text. */
  public String description() {
    return chart.description();
  }

  /** The height of the picture's row, in points. */
  public double rowHeight() {
    return height + 2 * MARGIN;
  }
}
