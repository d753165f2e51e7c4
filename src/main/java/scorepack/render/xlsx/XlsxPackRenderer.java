package scorepack.render.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.xssf.streaming.SXSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import scorepack.pack.Pack;
import scorepack.pack.Tone;
import scorepack.render.PackRenderer;
import scorepack.render.chart.Sparklines;
import scorepack.render.sheet.DocumentProperties;
import scorepack.render.sheet.SheetLayout;
import scorepack.render.sheet.WorkbookLayout;

/**
 * Writes a pack as an XLSX workbook laid out by {@link WorkbookLayout} to the Analysis Function's
 * spreadsheet standard: cover, contents and notes sheets, one Excel table per sheet, numbers as
 * numbers. No macros; the first sheet opens with the cursor in A1; the same pack always gives the
 * same bytes.
 */
public final class XlsxPackRenderer implements PackRenderer {
  public XlsxPackRenderer() {}

  /** Loads POI and its schema types by writing a throwaway one-table workbook, and the chart library. */
  @Override
  public void prepare() throws IOException {
    Sparklines.prepare();
    try (StreamedWorkbook workbook = new StreamedWorkbook(Instant.EPOCH)) {
      WorkbookStyles styles = new WorkbookStyles(workbook.getXSSFWorkbook());
      SXSSFCell cell = workbook.createSheet("Prepare").createRow(0).createCell(0);
      cell.setCellValue(0);
      cell.setCellStyle(styles.figure(Tone.PLAIN, "0.0"));
      workbook.getXSSFWorkbook().getSheetAt(0).createTable(new AreaReference("A1:A2", SpreadsheetVersion.EXCEL2007));
      workbook.writeTo(OutputStream.nullOutputStream());
    }
  }

  @Override
  public void render(Pack pack, OutputStream out) throws IOException {
    WorkbookLayout layout = WorkbookLayout.of(pack);
    try (StreamedWorkbook workbook = new StreamedWorkbook(layout.properties().created())) {
      XlsxSheetWriter writer = new XlsxSheetWriter(workbook, new WorkbookStyles(workbook.getXSSFWorkbook()));
      for (SheetLayout sheet : layout.sheets()) {
        writer.write(sheet);
      }
      workbook.setActiveSheet(0);
      workbook.setSelectedTab(0);
      describe(workbook.getXSSFWorkbook(), layout.properties());
      workbook.writeTo(out);
    }
    out.flush();
  }

  private static void describe(XSSFWorkbook workbook, DocumentProperties properties) {
    POIXMLProperties.CoreProperties core = workbook.getProperties().getCoreProperties();
    core.setTitle(properties.title());
    core.setSubjectProperty(properties.subject());
    core.setCreator(properties.author());
    core.setLastModifiedByUser(properties.author());
    core.setKeywords(properties.keywords());
    core.getUnderlyingProperties().setLanguageProperty(properties.language());
    // Fixed dates, so that the same pack gives the same bytes.
    Date created = Date.from(properties.created());
    core.setCreated(Optional.of(created));
    core.setModified(Optional.of(created));
  }
}
