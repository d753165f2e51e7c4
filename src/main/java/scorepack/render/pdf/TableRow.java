package scorepack.render.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One body row of a table.
 *
 * @param cells its cells, left to right, spanning every column between them
 * @param keepWithNext whether the row must not end a page (a section heading)
 * @param landmark the title readers can jump to at this row (a section heading's), or empty
 */
record TableRow(List<TableCell> cells, boolean keepWithNext, String landmark) {
  TableRow {
    cells = List.copyOf(cells);
    Objects.requireNonNull(landmark, "landmark");
  }

  /** A row that is no landmark. */
  TableRow(List<TableCell> cells, boolean keepWithNext) {
    this(cells, keepWithNext, "");
  }

  int span() {
    return cells.stream().mapToInt(TableCell::span).sum();
  }

  /** The row as repeated at the top of a later page: its first cell's text marked "(continued)". */
  TableRow continued() {
    List<TableCell> repeated = new ArrayList<>(cells);
    TableCell first = repeated.get(0);
    repeated.set(0, new TableCell(first.text() + " (continued)", first.look(), first.span(), first.role(), null, ""));
    return new TableRow(repeated, false);
  }
}
