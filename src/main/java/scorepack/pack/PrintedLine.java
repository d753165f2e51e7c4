package scorepack.pack;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * One scorecard line as the finished pack prints it, read by field: the cells of its columns, then
 * the data it carries beyond them (the counts behind a percentage, the quarters, the commentary).
 *
 * @param ref the line's reference (a breakdown line's is that of the line above)
 * @param section the section title
 * @param row the row
 * @param columns the pack's columns
 * @param period the reporting month
 */
record PrintedLine(String ref, String section, Row row, List<Column> columns, YearMonth period) {

  /** The cell of a field: a column's, else the row's data; a blank or dash cell counts as none. */
  Optional<Cell> cell(Field field) {
    for (int i = 0; i < columns.size(); i++) {
      if (columns.get(i).field() == field) {
        return present(row.cells().get(i));
      }
    }
    return Optional.ofNullable(row.data().get(field)).flatMap(PrintedLine::present);
  }

  /** The figure printed for the reporting month: its month column, else the latest month printed. */
  Optional<Cell> monthFigure() {
    Cell latest = null;
    for (int i = 0; i < columns.size(); i++) {
      Column c = columns.get(i);
      if (c.field() == Field.MONTH && !c.period().isAfter(period)) {
        latest = row.cells().get(i);
      }
    }
    return Optional.ofNullable(latest).flatMap(PrintedLine::present);
  }

  /** The year-to-date or outturn figure. */
  Optional<Cell> yearFigure() {
    return cell(Field.YTD).or(() -> cell(Field.OUTTURN));
  }

  /** The heading of a field's column, e.g. "2021/22" over last year's figure. */
  Optional<String> heading(Field field) {
    return columns.stream().filter(c -> c.field() == field).map(Column::heading).findFirst();
  }

  /** The line's name as the scorecard prints it, e.g. "Open cases: Families". */
  String name() {
    return cell(Field.INDICATOR).map(Cell::text).orElse(row.indicatorId());
  }

  /** The code of a judgement column ("red", "up"), or empty. */
  String code(Field field) {
    return cell(field).map(Cell::code).orElse("");
  }

  private static Optional<Cell> present(Cell c) {
    return c.text().isEmpty() || c.text().equals("-") ? Optional.empty() : Optional.of(c);
  }
}
