package scorepack.render.sheet;

import java.util.ArrayList;
import java.util.List;
import scorepack.pack.Column;
import scorepack.pack.Field;
import scorepack.pack.FrontMatter;
import scorepack.pack.Pack;
import scorepack.pack.Row;
import scorepack.pack.Section;
import scorepack.pack.Trend;

/**
 * The scorecard as table sheets: one per section, or one for the whole pack when it is small. Each
 * table has one header row and one row per line (no section title rows: a whole-pack table has a
 * Section column instead), the trend as numbers, and a Notes column.
 *
 * <p>The trend is written as its last twelve figures in plain numeric columns rather than as chart
 * images: images float over the grid, so they cannot be read by a screen reader as part of the
 * table, sorted, filtered or copied, and they are lost in ODS and CSV; numbers can be read, reused,
 * and turned into native sparklines by the reader in two clicks. The Trend summary column keeps the
 * pack's sentence describing the trend.
 *
 * <p>Where the template shows statistical process control columns, their words are text under
 * headings that refer to a note on what they mean, followed by a Process control summary column
 * holding the sentence they rest on. Where any line has commentary, every table has a Commentary
 * column before Notes, blank (and said so above the table) on lines without a comment.
 */
final class ScorecardLayout {
  /** A pack with no more lines than this gets one scorecard sheet, whatever its sections. */
  static final int SMALL_PACK_ROWS = 20;
  static final String NAME = "Scorecard";
  /** The note on the process control columns: what the words mean and where they come from. */
  static final String SPC_NOTE = "Variation and Assurance are statistical process control (SPC) signals, read as in"
      + " NHS England's Making Data Count from an XmR chart of the measure's figures: their mean and process limits,"
      + " within which the figures vary by chance. Variation says whether the latest figure shows special cause"
      + " improvement or concern (a point outside the limits, or a run, trend or cluster near a limit that chance"
      + " does not explain), special cause that is neither (a measure with no better direction) or only common cause"
      + " variation. Assurance says whether, varying as it does, the measure will meet its target every month,"
      + " miss it every month, or meet it in some months and miss it in others (hit and miss); it is not"
      + " assessed where the line's own RAG contradicts a met or missed, as the process has then moved since the"
      + " baseline. The Process control summary column gives the mean and limits and the baseline they come"
      + " from. " + Shorthand.NOT_AVAILABLE.symbol() + " where there are too few figures for a chart, and for"
      + " year-to-date averages and rolling 12 months, whose overlapping figures an XmR chart cannot read; "
      + Shorthand.NOT_APPLICABLE.symbol()
      + " for Assurance where the measure has no target and tolerances.";

  private final Pack pack;
  private final Notes notes;
  private final MissingFigures missing;
  private final SheetNames sheetNames;
  private final TableNames tableNames;
  private final RowNotes rowNotes;

  ScorecardLayout(Pack pack, Notes notes, MissingFigures missing, SheetNames sheetNames, TableNames tableNames) {
    this.pack = pack;
    this.notes = notes;
    this.missing = missing;
    this.sheetNames = sheetNames;
    this.tableNames = tableNames;
    this.rowNotes = new RowNotes(pack, notes);
  }

  List<SheetLayout> sheets() {
    List<Section> sections = pack.sections();
    int lines = sections.stream().mapToInt(s -> s.rows().size()).sum();
    // One table has one set of columns: a section of terms in a pack of months has a sheet of its own.
    boolean sameColumns = sections.stream().map(pack::columnsOf).distinct().count() <= 1;
    if (sections.size() <= 1 || (lines <= SMALL_PACK_ROWS && sameColumns)) {
      String title = sections.size() == 1 ? sections.get(0).title() : "";
      return List.of(sheet(NAME, title, sections, sections.size() > 1));
    }
    List<SheetLayout> sheets = new ArrayList<>();
    for (Section section : sections) {
      sheets.add(sheet(section.title().isEmpty() ? NAME : section.title(), section.title(), List.of(section), false));
    }
    return sheets;
  }

  private SheetLayout sheet(String name, String sectionTitle, List<Section> sections, boolean sectionColumn) {
    FrontMatter front = pack.front();
    String title = notes.after(front.scorecardTitle() + (sectionTitle.isEmpty() ? "" : ": " + sectionTitle)
        + " \u2013 " + front.asAtLine(), front.revisionNote());
    List<ScorecardColumn> columns = columns(sections, sectionColumn);
    List<List<SheetCell>> rows = new ArrayList<>();
    for (Section section : sections) {
      String ref = "";
      String codes = "";
      for (Row row : section.rows()) {
        if (!row.ref().isEmpty()) {
          ref = row.ref();
          codes = text(row, Field.CODES);
        }
        ScorecardRow line = new ScorecardRow(section.title(), row, ref, codes, rowNotes.markers(row, ref),
            ScorecardRow.trendFormat(pack.columnsOf(section), row));
        rows.add(columns.stream().map(c -> c.cell(line)).toList());
      }
    }
    TableLayout table = new TableLayout(tableNames.unique(NAME, sectionTitle),
        columns.stream().map(ScorecardColumn::header).toList(), rows,
        columns.stream().map(ScorecardColumn::width).toList());
    return SheetLayout.withTable(sheetNames.unique(name), title, lines(table, hasTrend(sections)), table);
  }

  /** The columns, left to right; their headings number the notes they refer to in that order. */
  private List<ScorecardColumn> columns(List<Section> sections, boolean sectionColumn) {
    List<ScorecardColumn> columns = new ArrayList<>();
    if (sectionColumn) {
      columns.add(new ScorecardColumn.SectionName());
    }
    List<Column> packColumns = sections.isEmpty() ? pack.columns() : pack.columnsOf(sections.get(0));
    List<Integer> spc = new ArrayList<>();
    int afterSpc = -1;
    boolean commentary = false;
    for (int i = 0; i < packColumns.size(); i++) {
      Column column = packColumns.get(i);
      switch (column.field()) {
        case TREND -> { }
        // A template's commentary column is blank in the pack: the comment is the line's data.
        case COMMENTARY -> {
          columns.add(new ScorecardColumn.Commentary());
          commentary = true;
        }
        default -> columns.add(new ScorecardColumn.PackColumn(column, i, header(column), missing));
      }
      if (column.field() == Field.SPC_VARIATION || column.field() == Field.SPC_ASSURANCE) {
        spc.add(i);
        afterSpc = columns.size();
      }
    }
    if (!spc.isEmpty()) {
      columns.add(afterSpc, new ScorecardColumn.SpcSummary(spc));
    }
    columns.addAll(trendColumns(sections));
    if (!commentary && hasCommentary(pack)) {
      columns.add(new ScorecardColumn.Commentary());
    }
    columns.add(new ScorecardColumn.NoteMarkers());
    return columns;
  }

  /** Whether any line of the pack has commentary: then every scorecard table has the column, alike. */
  static boolean hasCommentary(Pack pack) {
    return pack.sections().stream().flatMap(s -> s.rows().stream())
        .anyMatch(r -> r.data().containsKey(Field.COMMENTARY));
  }

  private String header(Column column) {
    String heading = heading(column);
    return switch (column.field()) {
      case DOT_MONTH, DOT_YEAR -> notes.after(heading, pack.front().dotKeyIntro());
      case RAG_MONTH, RAG_YEAR -> notes.after(heading, ragNote(pack.front()));
      case SPC_VARIATION, SPC_ASSURANCE -> notes.after(heading, SPC_NOTE);
      default -> heading;
    };
  }

  /** "group: heading", unless the heading already names its group (e.g. "2022/23 YTD"). */
  static String heading(Column column) {
    String group = column.group();
    if (group.isEmpty() || column.heading().contains(group)) {
      return column.heading();
    }
    return group + ": " + column.heading();
  }

  /** The RAG key as one note: each rating and what it means; n/a is [x]; no tolerances is [z]. */
  static String ragNote(FrontMatter front) {
    List<String> parts = new ArrayList<>();
    for (FrontMatter.KeyEntry entry : front.ragKey()) {
      if (!entry.symbol().startsWith("(")) {
        parts.add(Shorthand.ofKeySymbol(entry.symbol()) + ": " + entry.meaning());
      }
    }
    if (parts.isEmpty()) {
      return "";
    }
    return "RAG rating against the target and tolerances. " + String.join("; ", parts) + ". "
        + Shorthand.NOT_APPLICABLE.symbol() + " where no tolerances are set for the measure.";
  }

  private List<ScorecardColumn> trendColumns(List<Section> sections) {
    List<Trend> trends = sections.stream().flatMap(s -> s.rows().stream()).map(Row::trend)
        .filter(t -> t != null).toList();
    if (trends.isEmpty()) {
      return List.of();
    }
    int periods = trends.stream().mapToInt(t -> t.values().size()).max().orElse(0);
    boolean sameLabels = trends.stream().allMatch(t -> t.labels().equals(trends.get(0).labels()));
    List<ScorecardColumn> columns = new ArrayList<>();
    for (int p = 0; p < periods; p++) {
      String header = sameLabels ? "Trend: " + trends.get(0).labels().get(p)
          : "Trend " + (p + 1) + (p == 0 ? " (oldest)" : p == periods - 1 ? " (latest)" : "");
      columns.add(new ScorecardColumn.TrendValue(p, header));
    }
    if (!sameLabels) {
      columns.add(new ScorecardColumn.TrendPeriods());
    }
    columns.add(new ScorecardColumn.TrendSummary());
    return columns;
  }

  private static boolean hasTrend(List<Section> sections) {
    return sections.stream().flatMap(s -> s.rows().stream()).anyMatch(r -> r.trend() != null);
  }

  private static List<List<SheetCell>> lines(TableLayout table, boolean trend) {
    List<String> lines = new ArrayList<>();
    lines.add("This worksheet contains one table. Notes are listed on the Notes sheet; [note N] shows where one"
        + " applies.");
    for (Shorthand s : Shorthand.values()) {
      if (table.contains(s.symbol())) {
        lines.add(s.explanation());
      }
    }
    if (table.holdsPercentages()) {
      lines.add(FigureFormat.PERCENT_POINTS);
    }
    lines.add("RAG cells hold the word Red, Amber or Green. DOT cells hold an arrow and a word: improving,"
        + " declining, no change, or higher or lower for information-only measures. The keys are on the Cover.");
    if (trend) {
      lines.add("The Trend columns hold the figures of the last 12 periods, oldest first, so that you can add"
          + " sparklines (in Excel: Insert, Sparklines); the Trend summary column says what they show.");
    }
    if (table.hasEmptyCells()) {
      lines.add("Blank cells in text columns, such as Notes" + (table.headers().contains("Commentary")
          ? " and Commentary (where the service lead wrote no comment on the line for the month)" : "")
          + ", mean there is nothing to show.");
    }
    return lines.stream().map(l -> List.<SheetCell>of(SheetCell.text(l, TextRole.LINE))).toList();
  }

  private String text(Row row, Field field) {
    List<Column> columns = pack.columnsOf(row);
    for (int i = 0; i < columns.size(); i++) {
      if (columns.get(i).field() == field) {
        return row.cells().get(i).text();
      }
    }
    return "";
  }
}
