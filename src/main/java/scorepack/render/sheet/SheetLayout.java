package scorepack.render.sheet;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import scorepack.pack.Tone;

/**
 * One sheet: its title in A1, then lines of explanation (column A, or a label and its text), then
 * at most one table. There are no blank rows above or in the table.
 *
 * @param name the tab name: unique, at most 31 characters
 * @param title the title in A1
 * @param lines the rows under the title, before any table
 * @param table the sheet's table, or null for a sheet of text (the cover, the key facts)
 * @param widths column widths in characters for a sheet without a table
 * @param images pictures of charts, each on an otherwise empty row of the lines
 */
public record SheetLayout(String name, String title, List<List<SheetCell>> lines, TableLayout table,
    List<Integer> widths, List<SheetImage> images) {
  /** Wider than this many columns, a table prints on A3. */
  public static final int A4_MAX_COLUMNS = 14;

  public SheetLayout {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(title, "title");
    lines = lines.stream().map(List::copyOf).toList();
    widths = List.copyOf(widths);
    images = List.copyOf(images);
    if (name.isEmpty() || name.length() > SheetNames.MAX_LENGTH) {
      throw new IllegalArgumentException("sheet name must have 1 to 31 characters: '" + name + "'");
    }
    for (SheetImage image : images) {
      if (image.row() > lines.size() || lines.get(image.row() - 1).stream().anyMatch(c -> !c.isEmpty())) {
        throw new IllegalArgumentException("sheet " + name + ": picture " + image.name()
            + " needs an empty row of the lines above the table, not row " + image.row());
      }
    }
  }

  /** A sheet without pictures. */
  public SheetLayout(String name, String title, List<List<SheetCell>> lines, TableLayout table, List<Integer> widths) {
    this(name, title, lines, table, widths, List.of());
  }

  /** A sheet with a table, whose widths are the table's. */
  public static SheetLayout withTable(String name, String title, List<List<SheetCell>> lines, TableLayout table) {
    return new SheetLayout(name, title, lines, table, table.widths());
  }

  public boolean hasTable() {
    return table != null;
  }

  /** The zero-based row of the table's header: after the title and the lines. */
  public int headerRow() {
    return 1 + lines.size();
  }

  /**
   * Every row of the sheet from A1 down, as the writers draw it: the title, the lines, then the
   * table's header row (as {@link TextRole#HEADER} text) and its rows.
   */
  public List<List<SheetCell>> rows() {
    List<List<SheetCell>> rows = new ArrayList<>();
    rows.add(List.of(new SheetCell.Text(title, TextRole.TITLE, Tone.PLAIN)));
    rows.addAll(lines);
    if (table != null) {
      rows.add(table.headers().stream().<SheetCell>map(h -> new SheetCell.Text(h, TextRole.HEADER, Tone.PLAIN))
          .toList());
      rows.addAll(table.rows());
    }
    return rows;
  }

  /**
   * The height in points of each of {@link #rows()}: enough for its picture, or for every line of
   * its wrapped text in its column; 0 for a row of one line of text, whose default height fits.
   */
  public double[] rowHeights() {
    List<List<SheetCell>> rows = rows();
    double[] heights = new double[rows.size()];
    for (int r = 0; r < heights.length; r++) {
      heights[r] = TextFit.rowHeight(rows.get(r), widths);
    }
    for (SheetImage image : images) {
      heights[image.row()] = Math.max(heights[image.row()], image.rowHeight());
    }
    return heights;
  }

  /** Whether the sheet is too wide for A4 landscape. */
  public boolean needsA3() {
    return widths.size() > A4_MAX_COLUMNS;
  }
}
