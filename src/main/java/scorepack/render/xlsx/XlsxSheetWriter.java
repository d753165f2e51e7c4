package scorepack.render.xlsx;

import java.util.List;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFCell;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFHyperlink;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTTable;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTTableColumn;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTTableColumns;
import scorepack.render.sheet.SheetCell;
import scorepack.render.sheet.SheetLayout;
import scorepack.render.sheet.TableLayout;

/**
 * Draws one laid-out sheet with POI: the title in A1, the lines under it (with any chart pictures),
 * then the table marked up as an Excel table with a filter on its header row. No merged cells, no
 * frozen panes, nothing hidden. Rows are streamed (their cells become XML as they are made); the
 * sheet's other parts (columns, table, pictures, printing) are set on the workbook's XSSF sheet.
 */
final class XlsxSheetWriter {
  /** The table style: a rule under the header and banded rows, no strong colours. */
  static final String TABLE_STYLE = "TableStyleLight1";

  private final StreamedWorkbook workbook;
  private final WorkbookStyles styles;
  private final XlsxPictures pictures;

  XlsxSheetWriter(StreamedWorkbook workbook, WorkbookStyles styles) {
    this.workbook = workbook;
    this.styles = styles;
    this.pictures = new XlsxPictures(workbook.getXSSFWorkbook());
  }

  void write(SheetLayout layout) {
    SXSSFSheet rowsOut = workbook.createSheet(layout.name());
    XSSFSheet sheet = workbook.getXSSFWorkbook().getSheet(layout.name());
    for (int c = 0; c < layout.widths().size(); c++) {
      sheet.setColumnWidth(c, layout.widths().get(c) * 256);
    }
    List<List<SheetCell>> rows = layout.rows();
    // LibreOffice leaves a row without a height at one line, however its text wraps.
    double[] heights = layout.rowHeights();
    for (int r = 0; r < rows.size(); r++) {
      SXSSFRow row = rowsOut.createRow(r);
      write(row, rows.get(r));
      if (heights[r] > 0) {
        row.setHeightInPoints((float) heights[r]);
      }
    }
    pictures.draw(sheet, layout.images());
    int headerRow = PrintLayout.NO_HEADER_ROW;
    if (layout.hasTable()) {
      headerRow = layout.headerRow();
      markUp(sheet, layout.table(), headerRow);
    }
    PrintLayout print = layout.needsA3() ? PrintLayout.a3(headerRow) : PrintLayout.a4(headerRow);
    print.applyTo(sheet);
  }

  /** Marks the header row and the rows under it as an Excel table with a filter. */
  private void markUp(XSSFSheet sheet, TableLayout table, int headerRow) {
    // A table needs a row under its header, even an empty one.
    int last = headerRow + Math.max(1, table.rows().size());
    AreaReference area = new AreaReference(new CellReference(headerRow, 0),
        new CellReference(last, table.headers().size() - 1), SpreadsheetVersion.EXCEL2007);
    // The columns are written here, named as their header cells read (as Excel wants): POI's
    // createTable(area) adds them one at a time, renumbering all so far each time, and names them
    // from cells the streamed sheet no longer holds.
    XSSFTable xlsxTable = sheet.createTable(null);
    CTTable definition = xlsxTable.getCTTable();
    definition.setRef(area.formatAsString());
    xlsxTable.setName(table.name());
    xlsxTable.setDisplayName(table.name());
    xlsxTable.setStyleName(TABLE_STYLE);
    definition.addNewAutoFilter().setRef(area.formatAsString());
    CTTableColumns columns = definition.addNewTableColumns();
    columns.setCount(table.headers().size());
    for (int c = 0; c < table.headers().size(); c++) {
      CTTableColumn column = columns.addNewTableColumn();
      column.setId(c + 1);
      column.setName(table.headers().get(c));
    }
  }

  private void write(SXSSFRow row, List<SheetCell> cells) {
    for (int c = 0; c < cells.size(); c++) {
      SXSSFCell out = row.createCell(c);
      SheetCell cell = cells.get(c);
      if (cell instanceof SheetCell.Text t) {
        if (!t.text().isEmpty()) {
          // setCellValue(String) always writes a string, so "=..." or "-" never becomes a formula.
          out.setCellValue(t.text());
        }
        out.setCellStyle(styles.text(t.role(), t.tone()));
      } else if (cell instanceof SheetCell.Figure f) {
        out.setCellValue(f.value().doubleValue());
        out.setCellStyle(styles.figure(f.tone(), f.format().excelPattern()));
      } else if (cell instanceof SheetCell.Link l) {
        out.setCellValue(l.sheet());
        XSSFHyperlink link = workbook.getXSSFWorkbook().getCreationHelper().createHyperlink(HyperlinkType.DOCUMENT);
        link.setAddress("'" + l.sheet().replace("'", "''") + "'!A1");
        out.setHyperlink(link);
        out.setCellStyle(styles.link());
      }
    }
  }
}
