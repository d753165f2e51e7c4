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

  /**
   * The row as one column part of its table prints it: its cells in the columns kept, or, for a row
   * of one cell across the table (a section title), that cell across the part.
   *
   * @param kept the columns kept, in order
   */
  TableRow columns(List<Integer> kept) {
    List<TableCell> part = new ArrayList<>();
    if (cells.size() == 1) {
      TableCell whole = cells.get(0);
      part.add(new TableCell(whole.text(), whole.look(), kept.size(), whole.role(), whole.trend(), whole.alt(),
          whole.caption()));
    } else {
      if (cells.stream().anyMatch(c -> c.span() != 1)) {
        throw new IllegalArgumentException("a row of spanning cells cannot be split into columns");
      }
      kept.forEach(c -> part.add(cells.get(c)));
    }
    return new TableRow(part, keepWithNext, landmark);
  }

  /** The row as repeated at the top of a later page: its first cell's text marked "(continued)". */
  TableRow continued() {
    List<TableCell> repeated = new ArrayList<>(cells);
    TableCell first = repeated.get(0);
    repeated.set(0, new TableCell(first.text() + " (continued)", first.look(), first.span(), first.role(), null, ""));
    return new TableRow(repeated, false);
  }
}
