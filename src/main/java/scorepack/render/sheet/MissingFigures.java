package scorepack.render.sheet;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import scorepack.pack.Cell;
import scorepack.pack.Column;
import scorepack.pack.Field;
import scorepack.pack.Pack;
import scorepack.pack.Row;
import scorepack.pack.Section;

/**
 * Which shorthand stands in for each figure the pack leaves empty ("-" or blank). The pack prints
 * a dash for both "no figure" and "no such figure", so the reason is read from the column and the
 * rest of the row: a year-to-date column, tolerances and the amber band are [z] when empty; a month
 * the row's trend does not list (a quarterly, termly or annual measure) is [z]; a RAG rating or a
 * process control assurance is [z] where the row has no tolerances; anything else is [x]. A judgement
 * the pack withholds for want of a figure ("n/a") is [x], and its line carries a note saying why.
 */
public final class MissingFigures {
  private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.UK);

  private final Map<Cell, Shorthand> shorthands = new IdentityHashMap<>();

  private MissingFigures() {}

  public static MissingFigures of(Pack pack) {
    MissingFigures missing = new MissingFigures();
    for (Section section : pack.sections()) {
      List<Column> columns = pack.columnsOf(section);
      for (Row row : section.rows()) {
        for (int i = 0; i < columns.size(); i++) {
          Cell cell = row.cells().get(i);
          Column column = columns.get(i);
          if (isMissing(column.field(), cell)) {
            missing.shorthands.put(cell, classify(columns, row, column, cell));
          }
        }
      }
    }
    return missing;
  }

  /** The shorthand for this very cell of the pack, if it is an empty figure. */
  public Optional<Shorthand> of(Cell cell) {
    return Optional.ofNullable(shorthands.get(cell));
  }

  static boolean isMissing(Field field, Cell cell) {
    if (cell.isNotAvailable()) {
      return true;
    }
    if (!field.isFigure() || field == Field.COMMENTARY || cell.hasValue() || !cell.code().isEmpty()
        || cell.isSuppressed()) {
      return false;
    }
    String text = cell.text();
    // The previous-year column prints words such as "New measure 2022/23" where there is no figure.
    return text.isEmpty() || text.equals("-") || field == Field.PREVIOUS_YEAR;
  }

  private static Shorthand classify(List<Column> columns, Row row, Column column, Cell cell) {
    if (cell.isNotAvailable()) {
      return Shorthand.NOT_AVAILABLE;
    }
    return switch (column.field()) {
      case YTD, OUTTURN, RED, AMBER, GREEN -> Shorthand.NOT_APPLICABLE;
      case RAG_MONTH, RAG_YEAR, SPC_ASSURANCE ->
          hasTolerances(columns, row) ? Shorthand.NOT_AVAILABLE : Shorthand.NOT_APPLICABLE;
      case MONTH -> isProducedIn(row, column.period()) ? Shorthand.NOT_AVAILABLE : Shorthand.NOT_APPLICABLE;
      case PREVIOUS_YEAR -> cell.text().length() > 1 ? Shorthand.NOT_APPLICABLE : Shorthand.NOT_AVAILABLE;
      default -> Shorthand.NOT_AVAILABLE;
    };
  }

  private static boolean hasTolerances(List<Column> columns, Row row) {
    for (int i = 0; i < columns.size(); i++) {
      Field f = columns.get(i).field();
      if ((f == Field.RED || f == Field.GREEN) && row.cells().get(i).hasValue()) {
        return true;
      }
    }
    return false;
  }

  /** Whether the row's measure has a figure for that month: its trend lists the periods it is produced for. */
  private static boolean isProducedIn(Row row, YearMonth month) {
    if (row.trend() == null || month == null) {
      return true;
    }
    String wanted = key(MONTH.format(month));
    return row.trend().labels().stream().map(MissingFigures::key).anyMatch(wanted::equals);
  }

  /** "Sept 2022" and "Sep 2022" alike: the month's first three letters and the year. */
  private static String key(String label) {
    String[] parts = label.strip().split("\\s+");
    if (parts.length != 2) {
      return label;
    }
    return parts[0].substring(0, Math.min(3, parts[0].length())).toLowerCase(Locale.ROOT) + " " + parts[1];
  }
}
