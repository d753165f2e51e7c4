package scorepack.render.ods;

import static org.assertj.core.api.Assertions.assertThat;
import static scorepack.render.ods.OdsParts.attribute;
import static scorepack.render.ods.OdsParts.elements;
import static scorepack.render.ods.OdsParts.parse;
import static scorepack.render.ods.OdsParts.parts;

import com.github.miachm.sods.Sheet;
import com.github.miachm.sods.SpreadSheet;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import scorepack.pack.Pack;
import scorepack.pack.PackFixtures;
import scorepack.render.sheet.InsightPacks;
import scorepack.render.xlsx.XlsxPackRenderer;

/** The ODS read back by SODS, an independent reader, and compared with the XLSX of the same pack. */
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
  void figuresCarryTheirNumberFormatsAndTheContentsLinksToEachSheet() throws Exception {
    Document content = parse(parts(render(PACK)).get("content.xml"));
    List<String> dataStyles = new ArrayList<>();
    // A percentage is in percentage points: a number style with a literal % sign, not a percentage style.
    assertThat(elements(content, Namespace.NUMBER, "percentage-style")).isEmpty();
    for (Element style : elements(content, Namespace.NUMBER, "number-style")) {
      NodeList texts = style.getElementsByTagNameNS(Namespace.NUMBER.uri, "text");
      if (texts.getLength() > 0 && texts.item(texts.getLength() - 1).getTextContent().startsWith("%")) {
        dataStyles.add(attribute(style, Namespace.STYLE, "name"));
      }
    }
    assertThat(dataStyles).isNotEmpty();
    assertThat(elements(content, Namespace.NUMBER, "number"))
        .anyMatch(n -> attribute(n, Namespace.NUMBER, "decimal-places").equals("1"));
    assertThat(elements(content, Namespace.NUMBER, "text")).anyMatch(t -> t.getTextContent().equals("<"));
    assertThat(elements(content, Namespace.STYLE, "style"))
        .anyMatch(s -> dataStyles.contains(attribute(s, Namespace.STYLE, "data-style-name")));
    assertThat(elements(content, Namespace.TEXT, "a"))
        .anyMatch(a -> attribute(a, Namespace.XLINK, "href").equals("#'Cover'.A1")
            && attribute(a, Namespace.XLINK, "type").equals("simple") && a.getTextContent().equals("Cover"));
    assertThat(elements(content, Namespace.TABLE, "database-range"))
        .anyMatch(r -> attribute(r, Namespace.TABLE, "name").equals("Data")
            && attribute(r, Namespace.TABLE, "target-range-address").startsWith("'Data'.A")
            && attribute(r, Namespace.TABLE, "contains-header").equals("true")
            && attribute(r, Namespace.TABLE, "display-filter-buttons").equals("true"));
    assertThat(elements(content, Namespace.TABLE, "table-header-rows")).hasSize(
        elements(content, Namespace.TABLE, "database-range").size());
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
  void rendersOnSeveralThreadsAtOnceGiveTheSameBytes() throws Exception {
    Pack insight = InsightPacks.corporateParenting();
    byte[] alone = render(insight);
    ExecutorService threads = Executors.newFixedThreadPool(4);
    try {
      List<Future<byte[]>> renders = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        renders.add(threads.submit(() -> render(insight)));
      }
      for (Future<byte[]> bytes : renders) {
        assertThat(bytes.get()).isEqualTo(alone);
      }
    } finally {
      threads.shutdownNow();
    }
  }

  @Test
  void summaryChartsAndChartDataSheetsMatchTheXlsxAndEachChartSaysWhereItsPictureIs() throws Exception {
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
    // The ODS embeds no pictures: the chart's row names the XLSX picture and the figures on Chart data.
    Sheet charts = ods.getSheet("Charts");
    List<Object> columnB = new ArrayList<>();
    for (int r = 0; r < charts.getMaxRows(); r++) {
      columnB.add(charts.getRange(r, 1).getValue());
    }
    assertThat(columnB).contains(insight.charts().get(0).title(), insight.charts().get(0).description(),
        "The picture of this chart is in the XLSX edition of this workbook; the figures it draws are on the Chart"
            + " data sheet, as Chart 1.");
    Document content = parse(parts(render(insight)).get("content.xml"));
    assertThat(elements(content, Namespace.TABLE, "database-range"))
        .extracting(r -> attribute(r, Namespace.TABLE, "name")).contains("Chart_data", "Summary");
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

  static SpreadSheet open(Pack pack) throws IOException {
    return new SpreadSheet(new ByteArrayInputStream(render(pack)));
  }

  private static XSSFWorkbook xlsx(Pack pack) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new XlsxPackRenderer().render(pack, out);
    return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
  }
}
