package scorepack.render.xlsx;

import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * How a sheet prints: landscape, one page wide and as many pages tall as it needs, the table's
 * header row repeated on every page, and page numbers in the footer.
 *
 * @param paperSize a {@link PrintSetup} paper size, e.g. {@link PrintSetup#A4_PAPERSIZE}
 * @param headerRow the zero-based row to repeat on every printed page, or {@link #NO_HEADER_ROW}
 */
record PrintLayout(short paperSize, int headerRow) {
  /** For a sheet without a table, such as the cover. */
  static final int NO_HEADER_ROW = -1;

  static PrintLayout a4(int headerRow) {
    return new PrintLayout(PrintSetup.A4_PAPERSIZE, headerRow);
  }

  static PrintLayout a3(int headerRow) {
    return new PrintLayout(PrintSetup.A3_PAPERSIZE, headerRow);
  }

  /** Sets up printing and puts the cursor in A1. */
  void applyTo(XSSFSheet sheet) {
    PrintSetup print = sheet.getPrintSetup();
    print.setLandscape(true);
    print.setPaperSize(paperSize);
    print.setFitWidth((short) 1);
    print.setFitHeight((short) 0);
    sheet.setFitToPage(true);
    sheet.setAutobreaks(true);
    if (headerRow != NO_HEADER_ROW) {
      sheet.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, -1, -1));
    }
    // &P and &N are Excel's page number and page count codes.
    sheet.getFooter().setCenter("Page &P of &N");
    sheet.setActiveCell(new CellAddress(0, 0));
  }
}
