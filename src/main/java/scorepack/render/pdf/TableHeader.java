package scorepack.render.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A table's header: white bold headings on navy, set at the foot of their cells.
 *
 * @param cells the header cells, covering every column of every header row; none for no header
 * @param style the heading text (its colour is replaced by white)
 * @param align where each heading sits across its cell
 * @param smallest the least size a heading is set at when its longest word is wider than its column
 */
record TableHeader(List<HeaderCell> cells, TextStyle style, Align align, float smallest) {
  /** Headings may shrink to 5 pt to keep their words whole. */
  private static final float SMALLEST = 5f;

  TableHeader {
    cells = List.copyOf(cells);
    Objects.requireNonNull(style, "style");
    Objects.requireNonNull(align, "align");
    style = style.withColour(HouseColours.ON_NAVY);
    if (smallest <= 0 || smallest > style.size()) {
      throw new IllegalArgumentException("a heading's least size must be above 0 and at most " + style.size());
    }
  }

  TableHeader(List<HeaderCell> cells, TextStyle style, Align align) {
    this(cells, style, align, Math.min(SMALLEST, style.size()));
  }

  /** No header rows, for a table of label/value pairs. */
  static TableHeader none(TextStyle style) {
    return new TableHeader(List.of(), style, Align.LEFT);
  }

  /** One header row, a heading per column. */
  static TableHeader simple(List<String> headings, TextStyle style, Align align) {
    List<HeaderCell> cells = new ArrayList<>();
    for (int c = 0; c < headings.size(); c++) {
      cells.add(new HeaderCell(headings.get(c), c, 1, 0, 1));
    }
    return new TableHeader(cells, style, align);
  }

  int rowCount() {
    return cells.stream().mapToInt(HeaderCell::lastRow).max().orElse(-1) + 1;
  }
}
