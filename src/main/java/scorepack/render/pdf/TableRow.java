package scorepack.render.pdf;

import java.util.List;

/**
 * One body row of a table.
 *
 * @param cells its cells, left to right, spanning every column between them
 * @param keepWithNext whether the row must not end a page (a section heading)
 */
record TableRow(List<TableCell> cells, boolean keepWithNext) {
  TableRow {
    cells = List.copyOf(cells);
  }

  int span() {
    return cells.stream().mapToInt(TableCell::span).sum();
  }
}
