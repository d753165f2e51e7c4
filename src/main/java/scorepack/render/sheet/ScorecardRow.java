package scorepack.render.sheet;

import java.util.List;
import scorepack.pack.Cell;
import scorepack.pack.Column;
import scorepack.pack.Field;
import scorepack.pack.Row;

/**
 * A scorecard line with what its table cells need besides its own cells.
 *
 * @param section the section title
 * @param row the pack's line
 * @param ref the reference, carried down from the line above on a breakdown line
 * @param codes the codes, carried down like the reference
 * @param notes the markers of the notes on this line, e.g. "[note 4] [note 6]", or empty
 * @param trendFormat how the line's trend figures are shown: the format of its month figures
 */
record ScorecardRow(String section, Row row, String ref, String codes, String notes, FigureFormat trendFormat) {
  /** The format of the line's first figure among its months, year to date and previous year. */
  static FigureFormat trendFormat(List<Column> columns, Row row) {
    for (int i = 0; i < columns.size(); i++) {
      Field f = columns.get(i).field();
      Cell cell = row.cells().get(i);
      if (cell.hasValue() && (f == Field.MONTH || f == Field.YTD || f == Field.OUTTURN || f == Field.PREVIOUS_YEAR)) {
        return FigureFormat.plain(cell.format());
      }
    }
    return FigureFormat.GENERAL;
  }
}
