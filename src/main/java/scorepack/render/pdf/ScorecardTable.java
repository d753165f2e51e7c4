package scorepack.render.pdf;

import java.util.ArrayList;
import java.util.List;
import scorepack.pack.Cell;
import scorepack.pack.Column;
import scorepack.pack.Field;
import scorepack.pack.Pack;
import scorepack.pack.Row;
import scorepack.pack.Section;
import scorepack.pack.Tone;

/**
 * The scorecard as a {@link PagedTable}: group headings over column headings, a full-width row for
 * each section title (a landmark for the outline and the contents), then one row per indicator line
 * with every cell's text as the pack prints it, tone colours on judgements and a sparkline in the
 * trend column.
 */
final class ScorecardTable {
  private final PageGeometry geometry;
  private final LineBreaker lineBreaker;

  ScorecardTable(PageGeometry geometry, LineBreaker lineBreaker) {
    this.geometry = geometry;
    this.lineBreaker = lineBreaker;
  }

  /**
   * The scorecard as one table per run of sections that print the same columns: a section of terms
   * after sections of months starts a table of its own, under its own column headings.
   */
  List<Part> of(Pack pack) {
    List<Part> tables = new ArrayList<>();
    List<Section> run = new ArrayList<>();
    for (Section section : pack.sections()) {
      if (!run.isEmpty() && !pack.columnsOf(section).equals(pack.columnsOf(run.get(0)))) {
        tables.add(part(pack.columnsOf(run.get(0)), run));
        run = new ArrayList<>();
      }
      run.add(section);
    }
    if (!run.isEmpty() || tables.isEmpty()) {
      tables.add(part(run.isEmpty() ? pack.columns() : pack.columnsOf(run.get(0)), run));
    }
    return tables;
  }

  /**
   * One table of the scorecard, in one or more column parts: on A4 paper a table too wide for the
   * page prints its later columns in tables of their own, each repeating the reference and title of
   * the same lines, with rows of the same heights so that each page of one part has the same lines as
   * the page of the next part.
   *
   * @param firstSection the title of its first section
   * @param tables its column parts, left to right
   * @param shown what each part shows besides the reference and title: its group headings, and the
   *     headings of its columns outside a group
   */
  record Part(String firstSection, List<PagedTable> tables, List<String> shown) {
    Part {
      tables = List.copyOf(tables);
      shown = List.copyOf(shown);
      if (tables.isEmpty() || tables.size() != shown.size()) {
        throw new IllegalArgumentException("a scorecard table has one or more column parts, each described");
      }
    }
  }

  private Part part(List<Column> columns, List<Section> sections) {
    List<TableRow> rows = new ArrayList<>();
    for (Section section : sections) {
      if (!section.title().isEmpty()) {
        rows.add(sectionRow(section.title(), columns.size()));
      }
      for (Row row : section.rows()) {
        rows.add(indicatorRow(columns, row));
      }
    }
    boolean grouped = columns.stream().anyMatch(c -> !c.group().isEmpty());
    TableHeader header = tableHeader(columns, grouped);
    float[] minimum = minimumWidths(header, columns.size());
    keepWordsWhole(minimum, columns, rows);
    String first = sections.isEmpty() ? "" : sections.get(0).title();
    List<List<Integer>> split = geometry.splitsColumns()
        ? ColumnSplit.of(columns, minimum, geometry.contentWidth()) : List.of();
    if (split.size() < 2) {
      float[] widths = ColumnWidths.of(columns, geometry.contentWidth(), minimum);
      return new Part(first, List.of(table(widths, header, rows)), List.of(shown(columns)));
    }
    List<PagedTable> tables = new ArrayList<>();
    List<String> shown = new ArrayList<>();
    for (List<Integer> kept : split) {
      List<Column> partColumns = kept.stream().map(columns::get).toList();
      float[] partMinimum = new float[kept.size()];
      for (int i = 0; i < kept.size(); i++) {
        partMinimum[i] = minimum[kept.get(i)];
      }
      float[] widths = ColumnWidths.of(partColumns, geometry.contentWidth(), partMinimum);
      tables.add(table(widths, tableHeader(partColumns, grouped), rows.stream().map(r -> r.columns(kept)).toList()));
      shown.add(shown(partColumns));
    }
    return new Part(first, PagedTable.aligned(tables), shown);
  }

  private PagedTable table(float[] widths, TableHeader header, List<TableRow> rows) {
    return new PagedTable(widths, header, rows, 2 * geometry.bodySize(), lineBreaker);
  }

  private TableHeader tableHeader(List<Column> columns, boolean grouped) {
    return new TableHeader(header(columns, grouped), TextStyle.bold(geometry.bodySize()), Align.CENTER,
        geometry.smallestHeading());
  }

  /** The group headings of the columns, and the headings of those outside a group, leaving out the reference and title. */
  private static String shown(List<Column> columns) {
    List<String> names = new ArrayList<>();
    for (Column column : columns) {
      String name = column.group().isEmpty() ? column.heading() : column.group();
      if (!ColumnSplit.isIdentifying(column.field()) && !names.contains(name)) {
        names.add(name);
      }
    }
    return String.join(", ", names);
  }

  /**
   * Consecutive columns of one group share a heading cell above theirs; a column outside any group
   * has its heading cell run down both header rows.
   */
  static List<HeaderCell> header(List<Column> columns) {
    return header(columns, columns.stream().anyMatch(c -> !c.group().isEmpty()));
  }

  /** The header, in two rows when {@code grouped}: the column parts of a table share its header rows. */
  private static List<HeaderCell> header(List<Column> columns, boolean grouped) {
    List<HeaderCell> cells = new ArrayList<>();
    int c = 0;
    while (c < columns.size()) {
      String group = columns.get(c).group();
      if (!grouped) {
        cells.add(new HeaderCell(columns.get(c).heading(), c, 1, 0, 1));
        c++;
      } else if (group.isEmpty()) {
        cells.add(new HeaderCell(columns.get(c).heading(), c, 1, 0, 2));
        c++;
      } else {
        int end = c;
        while (end < columns.size() && columns.get(end).group().equals(group)) {
          cells.add(new HeaderCell(columns.get(end).heading(), end, 1, 1, 1));
          end++;
        }
        cells.add(new HeaderCell(group, c, end - c, 0, 1));
        c = end;
      }
    }
    // Cells in reading order: the group row first, then the column headings left to right.
    cells.sort((a, b) -> a.row() != b.row() ? Integer.compare(a.row(), b.row())
        : Integer.compare(a.column(), b.column()));
    return cells;
  }

  /** The width each column needs to keep the words of its headings whole. */
  private float[] minimumWidths(TableHeader header, int columns) {
    float[] minimum = new float[columns];
    for (HeaderCell cell : header.cells()) {
      if (cell.span() == 1) {
        float width = lineBreaker.widestWord(cell.text(), header.style()) + 2 * PagedTable.PADDING;
        minimum[cell.column()] = Math.max(minimum[cell.column()], width);
      }
    }
    return minimum;
  }

  /**
   * Widens each column's minimum to the longest word of its cells, so that words such as "improvement"
   * in a process-control column are never split, and to the whole word under a DOT arrow ("no
   * change" on one line); the title column wraps as it is.
   */
  private void keepWordsWhole(float[] minimum, List<Column> columns, List<TableRow> rows) {
    for (TableRow row : rows) {
      if (row.cells().size() != columns.size()) {
        continue;
      }
      for (int c = 0; c < columns.size(); c++) {
        if (columns.get(c).field() == Field.INDICATOR) {
          continue;
        }
        TableCell cell = row.cells().get(c);
        float width = lineBreaker.widestWord(cell.text(), cell.look().text());
        if (cell.caption() != null) {
          width = Math.max(width, lineBreaker.width(cell.caption().text(), cell.caption().style()));
        }
        minimum[c] = Math.max(minimum[c], width + 2 * PagedTable.PADDING);
      }
    }
  }

  private TableRow sectionRow(String title, int columns) {
    CellLook look = new CellLook(TextStyle.bold(geometry.bodySize() + 0.5f), HouseColours.SECTION, Align.LEFT);
    return new TableRow(List.of(new TableCell(title, look, columns, CellRole.ROW_HEADER, null, "")), true, title);
  }

  private TableRow indicatorRow(List<Column> columns, Row row) {
    List<TableCell> cells = new ArrayList<>();
    for (int c = 0; c < columns.size(); c++) {
      Field field = columns.get(c).field();
      Cell cell = row.cells().get(c);
      CellLook look = look(field, cell);
      if (field == Field.TREND && row.trend() != null) {
        cells.add(new TableCell("", look, 1, CellRole.DATA, row.trend(), ""));
      } else {
        cells.add(new TableCell(cell.text(), look, 1, CellRole.DATA, null, "", caption(cell, look)));
      }
    }
    return new TableRow(cells, false);
  }

  private CellLook look(Field field, Cell cell) {
    ToneColours colours = ToneColours.of(cell.tone());
    // Liberation's arrows are thin; a larger bold size keeps them legible, and with the word under
    // it an arrow still fits the height of two lines of text. Words in a tone (the process-control
    // variation) keep the body size and take the tone's colour.
    float size = isSymbol(cell) ? geometry.bodySize() + 1 : geometry.bodySize();
    TextStyle text = new TextStyle(colours.bold(), size, colours.text());
    Align align = field == Field.INDICATOR || field == Field.REF ? Align.LEFT : Align.CENTER;
    return new CellLook(text, colours.fill(), align);
  }

  /**
   * An arrow's meaning ("improving", "declining", "no change", "higher", "lower") is printed under it
   * in the arrow's colour, a size below the table's text: its colour alone would be lost on a
   * black-and-white print, to a reader who cannot tell red from green, and to a screen reader.
   */
  private TableCell.Caption caption(Cell cell, CellLook look) {
    if (!isSymbol(cell) || cell.meaning().isEmpty() || cell.text().isEmpty()) {
      return null;
    }
    return new TableCell.Caption(cell.meaning(), new TextStyle(true, captionSize(), look.text().colour()));
  }

  /** The size of the word under a DOT arrow. */
  private float captionSize() {
    return geometry.bodySize() - 1;
  }

  /** A direction-of-travel arrow: a symbol or two in an arrow's tone. */
  private static boolean isSymbol(Cell cell) {
    return isArrow(cell.tone()) && cell.text().codePointCount(0, cell.text().length()) <= 2;
  }

  private static boolean isArrow(Tone tone) {
    return tone == Tone.IMPROVING || tone == Tone.DECLINING || tone == Tone.NEUTRAL;
  }
}
