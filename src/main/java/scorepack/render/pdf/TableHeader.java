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
 */
record TableHeader(List<HeaderCell> cells, TextStyle style, Align align) {
  TableHeader {
    cells = List.copyOf(cells);
    Objects.requireNonNull(style, "style");
    Objects.requireNonNull(align, "align");
    style = style.withColour(HouseColours.ON_NAVY);
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
