package scorepack.render.sheet;

import java.util.ArrayList;
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
 * @param widths each column's width in characters, widened where need be so that every word of its
 *     heading, every figure and every word of its text up to {@value #LONGEST_KEPT_WORD} characters
 *     stays whole
 */
public record TableLayout(String name, List<String> headers, List<List<SheetCell>> rows, List<Integer> widths) {
  private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");
  /** A longer word in a text cell may break: a column is not made wider than this for it. */
  static final int LONGEST_KEPT_WORD = 24;

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
    widths = fitted(headers, rows, widths);
  }

  /** The widths, widened to keep heading words, figures and short words whole ("TARGET & TOLERANC"). */
  private static List<Integer> fitted(List<String> headers, List<List<SheetCell>> rows, List<Integer> widths) {
    List<Integer> fitted = new ArrayList<>(widths);
    for (int c = 0; c < headers.size(); c++) {
      int width = Math.max(fitted.get(c), TextFit.widestWord(headers.get(c), true));
      for (List<SheetCell> row : rows) {
        SheetCell cell = row.get(c);
        if (cell instanceof SheetCell.Text t && !t.text().isEmpty()) {
          width = Math.max(width, Math.min(LONGEST_KEPT_WORD, TextFit.widestWord(t.text(), false)));
        } else if (cell instanceof SheetCell.Figure f) {
          width = Math.max(width, TextFit.widthFor(f.format().shown(f.value()), false));
        }
      }
      fitted.set(c, width);
    }
    return List.copyOf(fitted);
  }

  /** Whether any cell of the table holds this text, e.g. a shorthand. */
  public boolean contains(String text) {
    return rows.stream().flatMap(List::stream)
        .anyMatch(c -> c instanceof SheetCell.Text t && t.text().equals(text));
  }

  /** Whether any cell of the table holds a percentage. */
  public boolean holdsPercentages() {
    return rows.stream().flatMap(List::stream)
        .anyMatch(c -> c instanceof SheetCell.Figure f && f.format().number().isPercent());
  }

  /** Whether any cell of the table is empty. */
  public boolean hasEmptyCells() {
    return rows.stream().flatMap(List::stream).anyMatch(SheetCell::isEmpty);
  }
}
