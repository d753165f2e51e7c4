package scorepack.render.xlsx;

import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;

/** Finds things in a written sheet's table, for the workbook tests. */
final class SheetTables {
  private SheetTables() {}

  /** The table column whose heading is {@code heading}, before any note marker; -1 if none. */
  static int column(XSSFSheet sheet, String heading) {
    XSSFRow header = sheet.getRow(sheet.getTables().get(0).getStartRowIndex());
    for (var cell : header) {
      if (cell.getStringCellValue().replaceAll(" \\[note \\d+]$", "").equals(heading)) {
        return cell.getColumnIndex();
      }
    }
    return -1;
  }

  static String text(XSSFSheet sheet, int row, int column) {
    return sheet.getRow(row).getCell(column).getStringCellValue();
  }

  /** The table row whose REF NO. is {@code ref}. */
  static XSSFRow rowWithRef(XSSFSheet sheet, String ref) {
    int c = column(sheet, "REF NO.");
    XSSFTable table = sheet.getTables().get(0);
    for (int r = table.getStartRowIndex() + 1; r <= table.getEndRowIndex(); r++) {
      if (text(sheet, r, c).equals(ref)) {
        return sheet.getRow(r);
      }
    }
    throw new AssertionError("no line " + ref + " on " + sheet.getSheetName());
  }
}
