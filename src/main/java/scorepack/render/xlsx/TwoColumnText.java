package scorepack.render.xlsx;

import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/** Writes a sheet of running text down two columns: a label or symbol, then the text. */
final class TwoColumnText {
  private static final int LABEL_WIDTH = 24;
  private static final int TEXT_WIDTH = 90;

  private final WorkbookStyles styles;
  private final XSSFSheet sheet;
  private int next;

  TwoColumnText(WorkbookStyles styles, XSSFSheet sheet) {
    this.styles = styles;
    this.sheet = sheet;
    sheet.setColumnWidth(0, LABEL_WIDTH * 256);
    sheet.setColumnWidth(1, TEXT_WIDTH * 256);
  }

  /** A line in the first column, e.g. a heading. */
  void line(String text, XSSFCellStyle style) {
    XSSFRow row = sheet.createRow(next++);
    row.createCell(0).setCellValue(text);
    row.getCell(0).setCellStyle(style);
  }

  /** A label and its text, the text wrapped. */
  void pair(String label, XSSFCellStyle labelStyle, String text) {
    XSSFRow row = sheet.createRow(next++);
    row.createCell(0).setCellValue(label);
    row.getCell(0).setCellStyle(labelStyle);
    row.createCell(1).setCellValue(text);
    row.getCell(1).setCellStyle(styles.note());
  }

  void gap() {
    next++;
  }
}
