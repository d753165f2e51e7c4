package scorepack.render.ods;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.miachm.sods.Sheet;
import com.github.miachm.sods.SpreadSheet;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import scorepack.pack.Pack;
import scorepack.pack.PackFixtures;
import scorepack.render.sheet.InsightPacks;
import scorepack.render.xlsx.XlsxPackRenderer;

class OdsPackRendererTest {
  private static final Pack PACK = PackFixtures.corporateParentingLike(12);

  @Test
  void sodsOpensItWithTheXlsxWorkbooksSheetsAndTitles() throws IOException {
    SpreadSheet ods = open(PACK);
    try (XSSFWorkbook xlsx = xlsx(PACK)) {
      List<String> xlsxNames = new ArrayList<>();
      xlsx.forEach(s -> xlsxNames.add(s.getSheetName()));
      assertThat(ods.getSheets().stream().map(Sheet::getName).toList()).isEqualTo(xlsxNames)
          .startsWith("Cover", "Contents", "Notes");
      for (Sheet sheet : ods.getSheets()) {
        assertThat(sheet.getRange(0, 0).getValue())
            .isEqualTo(xlsx.getSheet(sheet.getName()).getRow(0).getCell(0).getStringCellValue());
      }
    }
  }

  @Test
  void numbersAreNumbersWhereverTheXlsxHasNumbers() throws IOException {
    SpreadSheet ods = open(PACK);
    int checked = 0;
    try (XSSFWorkbook xlsx = xlsx(PACK)) {
      for (Sheet sheet : ods.getSheets()) {
        XSSFSheet twin = xlsx.getSheet(sheet.getName());
        for (var row : twin) {
          for (var cell : row) {
            Object value = sheet.getRange(cell.getRowIndex(), cell.getColumnIndex()).getValue();
            if (cell.getCellType() == CellType.NUMERIC) {
              assertThat(value).as("%s %s", sheet.getName(), cell.getAddress()).isInstanceOf(Double.class);
              assertThat((Double) value).isEqualTo(cell.getNumericCellValue());
              checked++;
            } else if (cell.getCellType() == CellType.STRING) {
              assertThat(value).as("%s %s", sheet.getName(), cell.getAddress()).isEqualTo(cell.getStringCellValue());
            }
          }
        }
      }
    }
    assertThat(checked).isGreaterThan(500);
  }

  @Test
  void figuresCarryTheirNumberFormatsAndTheContentsLinksToEachSheet() throws IOException {
    String content = new String(parts(render(PACK)).get("content.xml"), StandardCharsets.UTF_8);
    assertThat(content).contains("<number:percentage-style", "number:decimal-places=\"1\"",
        "<number:text>&lt;</number:text>", "style:data-style-name=\"sdn",
        "<text:a xlink:href=\"#'Cover'.A1\" xlink:type=\"simple\">Cover</text:a>",
        "<table:database-range table:contains-header=\"true\" table:display-filter-buttons=\"true\""
            + " table:name=\"Data\" table:target-range-address=\"'Data'.A",
        "<table:table-header-rows>");
  }

  @Test
  void packageHasItsMimetypeFirstAndStoredAndTheDocumentProperties() throws IOException {
    byte[] bytes = render(PACK);
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
      ZipEntry first = zip.getNextEntry();
      assertThat(first.getName()).isEqualTo("mimetype");
      assertThat(first.getMethod()).isEqualTo(ZipEntry.STORED);
      assertThat(new String(zip.readAllBytes(), StandardCharsets.US_ASCII))
          .isEqualTo("application/vnd.oasis.opendocument.spreadsheet");
    }
    Map<String, byte[]> parts = parts(bytes);
    String meta = new String(parts.get("meta.xml"), StandardCharsets.UTF_8);
    assertThat(meta).contains("<dc:title>" + PACK.metadata().title() + "</dc:title>",
        "<dc:language>en-GB</dc:language>", "<dc:creator>Performance &amp; Quality Team</dc:creator>",
        "<meta:creation-date>2023-01-31T00:00:00</meta:creation-date>");
    assertThat(new String(parts.get("META-INF/manifest.xml"), StandardCharsets.UTF_8)).contains("meta.xml");
    assertThat(new String(parts.get("styles.xml"), StandardCharsets.UTF_8))
        .contains("style:print-orientation=\"landscape\"");
    assertThat(parts.keySet()).noneMatch(n -> n.startsWith("Basic") || n.startsWith("Scripts"));
  }

  @Test
  void twoRendersAreByteIdenticalWhateverTheMachineZoneAndLocale() {
    byte[] first = render(PACK);
    TimeZone zone = TimeZone.getDefault();
    Locale locale = Locale.getDefault();
    try {
      TimeZone.setDefault(TimeZone.getTimeZone("America/New_York"));
      Locale.setDefault(Locale.GERMANY);
      assertThat(render(PACK)).isEqualTo(first);
    } finally {
      TimeZone.setDefault(zone);
      Locale.setDefault(locale);
    }
  }

  @Test
  void summaryChartsAndChartDataSheetsMatchTheXlsxAndEachChartSaysWhereItsPictureIs() throws IOException {
    Pack insight = InsightPacks.corporateParenting();
    SpreadSheet ods = open(insight);
    try (XSSFWorkbook xlsx = xlsx(insight)) {
      List<String> xlsxNames = new ArrayList<>();
      xlsx.forEach(s -> xlsxNames.add(s.getSheetName()));
      assertThat(ods.getSheets().stream().map(Sheet::getName).toList()).isEqualTo(xlsxNames)
          .contains("Summary", "Charts", "Chart data");
      Sheet summary = ods.getSheet("Summary");
      int header = xlsx.getSheet("Summary").getTables().get(0).getStartRowIndex();
      assertThat(summary.getRange(header + 1, 0).getValue()).isEqualTo("Red");
      assertThat(summary.getRange(header + 1, 1).getValue()).isEqualTo(2.0);
    }
    // SODS writes no pictures: the chart's row names the XLSX picture and the figures on Chart data.
    Sheet charts = ods.getSheet("Charts");
    List<Object> columnB = new ArrayList<>();
    for (int r = 0; r < charts.getMaxRows(); r++) {
      columnB.add(charts.getRange(r, 1).getValue());
    }
    assertThat(columnB).contains(insight.charts().get(0).title(), insight.charts().get(0).description(),
        "The picture of this chart is in the XLSX edition of this workbook; the figures it draws are on the Chart"
            + " data sheet, as Chart 1.");
    String content = new String(parts(render(insight)).get("content.xml"), StandardCharsets.UTF_8);
    assertThat(content).contains("table:name=\"Chart_data\"", "table:name=\"Summary\"");
  }

  @Test
  void twoRendersOfAPackWithChartsAreByteIdentical() {
    Pack insight = InsightPacks.corporateParenting();
    assertThat(render(insight)).isEqualTo(render(insight));
  }

  static byte[] render(Pack pack) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      new OdsPackRenderer().render(pack, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static SpreadSheet open(Pack pack) throws IOException {
    return new SpreadSheet(new ByteArrayInputStream(render(pack)));
  }

  private static XSSFWorkbook xlsx(Pack pack) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new XlsxPackRenderer().render(pack, out);
    return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
  }

  private static Map<String, byte[]> parts(byte[] zip) throws IOException {
    Map<String, byte[]> parts = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        parts.put(e.getName(), in.readAllBytes());
      }
    }
    return parts;
  }
}
