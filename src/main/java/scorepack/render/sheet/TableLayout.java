package scorepack.render.sheet;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The one table of a sheet: a name (for the Excel table), one header row and its rows.
 *
 * @param name the table name: a letter, then letters, digits and underscores
 * @param headers the column headings, unique (a table's columns are named by them)
 * @param rows the rows, each one cell per heading
 * @param widths each column's width in characters
 */
public record TableLayout(String name, List<String> headers, List<List<SheetCell>> rows, List<Integer> widths) {
  private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");

  public TableLayout {
    Objects.requireNonNull(name, "name");
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("not a table name: " + name);
    }
    headers = List.copyOf(headers);
    rows = rows.stream().map(List::copyOf).toList();
    widths = List.copyOf(widths);
    Set<String> seen = new HashSet<>();
    for (String h : headers) {
      if (h.isBlank() || !seen.add(h.toLowerCase(Locale.ROOT))) {
        throw new IllegalArgumentException("table " + name + ": blank or repeated heading '" + h + "'");
      }
    }
    if (widths.size() != headers.size()) {
      throw new IllegalArgumentException("table " + name + ": one width per column");
    }
    for (List<SheetCell> row : rows) {
      if (row.size() != headers.size()) {
        throw new IllegalArgumentException("table " + name + ": a row has " + row.size() + " cells for "
            + headers.size() + " columns");
      }
    }
  }

  /** Whether any cell of the table holds this text, e.g. a shorthand. */
  public boolean contains(String text) {
    return rows.stream().flatMap(List::stream)
        .anyMatch(c -> c instanceof SheetCell.Text t && t.text().equals(text));
  }

  /** Whether any cell of the table is empty. */
  public boolean hasEmptyCells() {
    return rows.stream().flatMap(List::stream).anyMatch(SheetCell::isEmpty);
  }
}
