package scorepack.render.xlsx;

import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import scorepack.pack.Cell;
import scorepack.pack.Column;
import scorepack.pack.Field;
import scorepack.pack.Pack;
import scorepack.pack.Row;
import scorepack.pack.Section;
import scorepack.pack.Tone;

/**
 * The scorecard table: a title in A1, one header row (no merged cells, so it filters and reads
 * well), then each section's title row and its rows. Figures are real numbers with Excel formats.
 */
final class ScorecardSheet {
  static final String NAME = "Scorecard";
  static final int HEADER_ROW = 1;
  /** Wider than this many columns, the scorecard prints on A3. */
  static final int A4_MAX_COLUMNS = 14;

  private final WorkbookStyles styles;
  private final XSSFSheet sheet;

  ScorecardSheet(WorkbookStyles styles, XSSFSheet sheet) {
    this.styles = styles;
    this.sheet = sheet;
  }

  void write(Pack pack) {
    List<Column> columns = pack.columns();
    XSSFCell title = sheet.createRow(0).createCell(0);
    title.setCellValue(pack.front().scorecardTitle() + " \u2013 " + pack.front().asAtLine());
    title.setCellStyle(styles.title());

    XSSFRow header = sheet.createRow(HEADER_ROW);
    for (int c = 0; c < columns.size(); c++) {
      XSSFCell cell = header.createCell(c);
      cell.setCellValue(heading(columns.get(c)));
      cell.setCellStyle(styles.header());
      sheet.setColumnWidth(c, width(columns.get(c).field()) * 256);
    }

    int next = HEADER_ROW + 1;
    for (Section section : pack.sections()) {
      if (!section.title().isEmpty()) {
        writeSectionTitle(sheet.createRow(next++), section.title(), columns.size());
      }
      for (Row row : section.rows()) {
        writeRow(sheet.createRow(next++), columns, row);
      }
    }

    int indicator = indexOf(columns, Field.INDICATOR);
    sheet.createFreezePane(indicator + 1, HEADER_ROW + 1);
    PrintLayout layout = columns.size() > A4_MAX_COLUMNS
        ? PrintLayout.a3(HEADER_ROW) : PrintLayout.a4(HEADER_ROW);
    layout.applyTo(sheet);
  }

  /** "group: heading", unless the heading already names its group (e.g. "2022/23 YTD"). */
  static String heading(Column column) {
    String group = column.group();
    if (group.isEmpty() || column.heading().contains(group)) {
      return column.heading();
    }
    return group + ": " + column.heading();
  }

  private void writeSectionTitle(XSSFRow row, String title, int width) {
    for (int c = 0; c < Math.max(1, width); c++) {
      row.createCell(c).setCellStyle(styles.section());
    }
    row.getCell(0).setCellValue(title);
  }

  private void writeRow(XSSFRow target, List<Column> columns, Row row) {
    for (int c = 0; c < columns.size(); c++) {
      Field field = columns.get(c).field();
      Cell cell = row.cells().get(c);
      XSSFCell out = target.createCell(c);
      if (field == Field.TREND) {
        // The trend is drawn in a later version of the workbook; the cell stays blank for now.
        out.setCellStyle(styles.text(Tone.PLAIN));
      } else if (cell.hasValue()) {
        out.setCellValue(spreadsheetValue(cell).doubleValue());
        out.setCellStyle(styles.figure(cell.tone(), NumberPattern.of(cell)));
      } else {
        if (!cell.text().isEmpty()) {
          // setCellValue(String) always writes a string, so "=..." or "-" never becomes a formula.
          out.setCellValue(cell.text());
        }
        out.setCellStyle(field == Field.INDICATOR ? styles.wrapped(cell.tone()) : styles.text(cell.tone()));
      }
    }
  }

  /** The number as a spreadsheet holds it: a percentage as a fraction (92.2 → 0.922). */
  static BigDecimal spreadsheetValue(Cell cell) {
    return cell.format().isPercent() ? cell.value().movePointLeft(2) : cell.value();
  }

  private static int indexOf(List<Column> columns, Field field) {
    for (int c = 0; c < columns.size(); c++) {
      if (columns.get(c).field() == field) {
        return c;
      }
    }
    return -1;
  }

  /** Column widths in characters; the header wraps, so figure columns stay narrow. */
  private static int width(Field field) {
    return switch (field) {
      case INDICATOR -> 60;
      case REF -> 8;
      case CODES, TIMELINE, DATA_NOTE, TREND -> 12;
      case POLARITY, QUARTILE_BAND -> 10;
      default -> 11;
    };
  }
}
