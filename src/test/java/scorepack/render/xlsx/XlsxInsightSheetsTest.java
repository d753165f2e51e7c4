package scorepack.render.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static scorepack.render.xlsx.SheetTables.column;
import static scorepack.render.xlsx.SheetTables.rowWithRef;
import static scorepack.render.xlsx.SheetTables.text;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFPicture;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import scorepack.pack.Chart;
import scorepack.pack.Pack;
import scorepack.pack.PackFixtures;
import scorepack.render.chart.ChartPng;
import scorepack.render.sheet.InsightPacks;

/** The sheets and columns that turn the numbers into insight: summary, commentary, process control, charts. */
class XlsxInsightSheetsTest {
  private static final Pack PACK = InsightPacks.corporateParenting();
  private static final Pattern MARKER = Pattern.compile("\\[note (\\d+)]");

  @Test
  void summaryFollowsTheFrontSheetsAndChartsFollowTheScorecard() throws IOException {
    try (XSSFWorkbook wb = open(PACK)) {
      assertThat(names(wb)).containsExactly("Cover", "Contents", "Notes", "Summary", "Key facts", "Scorecard",
          "Charts", "Chart data", "Glossary", "Data");
    }
  }

  @Test
  void contentsListsAndLinksTheNewSheets() throws IOException {
    try (XSSFWorkbook wb = open(PACK)) {
      XSSFSheet contents = wb.getSheet("Contents");
      XSSFTable table = contents.getTables().get(0);
      List<String> linked = new ArrayList<>();
      List<String> titles = new ArrayList<>();
      for (int r = table.getStartRowIndex() + 1; r <= table.getEndRowIndex(); r++) {
        XSSFCell cell = contents.getRow(r).getCell(0);
        assertThat(cell.getHyperlink().getAddress()).isEqualTo("'" + cell.getStringCellValue() + "'!A1");
        linked.add(cell.getStringCellValue());
        titles.add(contents.getRow(r).getCell(1).getStringCellValue());
      }
      assertThat(linked).contains("Summary", "Charts", "Chart data");
      assertThat(titles).contains("Summary: As at month end: December 2022 (Q3)",
          "Trend charts: As at month end: December 2022 (Q3)", "Chart data: the figures of the trend charts");
    }
  }

  @Test
  void summaryHasTheSentencesAboveOneTableOfNumericCountsByRagWord() throws IOException {
    try (XSSFWorkbook wb = open(PACK)) {
      XSSFSheet sheet = wb.getSheet("Summary");
      assertThat(text(sheet, 0, 0)).isEqualTo("Summary: As at month end: December 2022 (Q3)");
      XSSFTable table = sheet.getTables().get(0);
      assertThat(table.getName()).isEqualTo("Summary");
      int header = table.getStartRowIndex();
      // Title, two lines about the table, then the pack's two sentences: the header is row 6.
      assertThat(table.getArea().formatAsString()).isEqualTo("A6:D9");
      List<String> above = new ArrayList<>();
      for (int r = 1; r < header; r++) {
        assertThat(sheet.getRow(r).getLastCellNum()).isEqualTo((short) 1);
        above.add(text(sheet, r, 0));
      }
      assertThat(above).containsAll(PACK.summary().sentences())
          .contains("This month is December 2022, last month November 2022 and a year ago December 2021.");
      assertThat(table.getColumns().stream().map(c -> c.getName()).toList())
          .containsExactly("RAG (month)", "This month", "Last month", "A year ago");
      String[][] expected = {{"Red", "FFFFC7CE", "2", "3", "1"}, {"Amber", "FFFFEB9C", "4", "4", "5"},
          {"Green", "FFC6EFCE", "2", "1", "2"}};
      for (int i = 0; i < expected.length; i++) {
        XSSFRow row = sheet.getRow(header + 1 + i);
        assertThat(row.getCell(0).getStringCellValue()).isEqualTo(expected[i][0]);
        assertThat(row.getCell(0).getCellStyle().getFillForegroundColorColor().getARGBHex()).isEqualTo(expected[i][1]);
        for (int c = 1; c <= 3; c++) {
          assertThat(row.getCell(c).getCellType()).isEqualTo(CellType.NUMERIC);
          assertThat(row.getCell(c).getNumericCellValue()).isEqualTo(Double.parseDouble(expected[i][c + 1]));
          assertThat(row.getCell(c).getCellStyle().getDataFormatString()).isEqualTo("#,##0");
        }
      }
    }
  }

  @Test
  void summaryIsLeftOutWhenThePackHasNoCounts() throws IOException {
    try (XSSFWorkbook wb = open(PackFixtures.corporateParentingLike(4))) {
      assertThat(names(wb)).doesNotContain("Summary", "Charts", "Chart data");
    }
  }

  @Test
  void commentaryIsAWrappedTextColumnLeftBlankWhereThereIsNoneAndSaidSoAboveTheTable() throws IOException {
    try (XSSFWorkbook wb = open(PACK)) {
      XSSFSheet sheet = wb.getSheet("Scorecard");
      int commentary = column(sheet, "Commentary");
      assertThat(commentary).isEqualTo(column(sheet, "Notes") - 1);
      XSSFCell comment = rowWithRef(sheet, "1.1").getCell(commentary);
      assertThat(comment.getStringCellValue()).isEqualTo(InsightPacks.COMMENT);
      assertThat(comment.getCellStyle().getWrapText()).isTrue();
      assertThat(rowWithRef(sheet, "2.1").getCell(commentary).getStringCellValue()).isEqualTo(InsightPacks.CARRIED);
      XSSFCell none = rowWithRef(sheet, "1.3").getCell(commentary);
      assertThat(none.getCellType()).isEqualTo(CellType.BLANK);
      assertThat(linesAbove(sheet)).anyMatch(l -> l.startsWith("Blank cells in text columns, such as Notes and"
          + " Commentary (where the service lead wrote no comment on the line for the month)"));
    }
  }

  @Test
  void processControlColumnsAreTextUnderHeadersThatReferToTheirNote() throws IOException {
    try (XSSFWorkbook wb = open(PACK)) {
      XSSFSheet sheet = wb.getSheet("Scorecard");
      XSSFRow header = sheet.getRow(sheet.getTables().get(0).getStartRowIndex());
      int variation = column(sheet, "2022/23: Variation");
      int assurance = column(sheet, "2022/23: Assurance");
      assertThat(assurance).isEqualTo(variation + 1);
      assertThat(column(sheet, "Process control summary")).isEqualTo(assurance + 1);
      String marker = marker(header.getCell(variation).getStringCellValue());
      assertThat(marker(header.getCell(assurance).getStringCellValue())).isEqualTo(marker);
      assertThat(noteText(wb, marker)).contains("statistical process control", "Making Data Count",
          "special cause", "hit and miss");

      XSSFRow improving = rowWithRef(sheet, "1.1");
      assertThat(improving.getCell(variation).getCellType()).isEqualTo(CellType.STRING);
      assertThat(improving.getCell(variation).getStringCellValue()).isEqualTo("Special cause improvement");
      assertThat(improving.getCell(variation).getCellStyle().getFont().getXSSFColor().getARGBHex())
          .isEqualTo("FF006100");
      assertThat(improving.getCell(assurance).getStringCellValue()).isEqualTo("Hit and miss");
      assertThat(improving.getCell(assurance + 1).getStringCellValue()).isEqualTo(InsightPacks.IMPROVEMENT_MEANING);
      // Too few figures for a chart: not available. No target: no assurance to give.
      assertThat(rowWithRef(sheet, "1.2").getCell(variation).getStringCellValue()).isEqualTo("[x]");
      assertThat(rowWithRef(sheet, "1.2").getCell(assurance).getStringCellValue()).isEqualTo("[x]");
      assertThat(rowWithRef(sheet, "2.1").getCell(variation).getStringCellValue()).isEqualTo("Common cause");
      assertThat(rowWithRef(sheet, "2.1").getCell(assurance).getStringCellValue()).isEqualTo("[z]");
    }
  }

  @Test
  void chartsSheetGivesEachChartsTitleAndDescriptionAsTextAboveItsPicture() throws IOException {
    List<Chart> charts = new ArrayList<>(PACK.charts());
    charts.addAll(PACK.keyFacts().get(0).charts());
    try (XSSFWorkbook wb = open(PACK)) {
      XSSFSheet sheet = wb.getSheet("Charts");
      assertThat(text(sheet, 0, 0)).isEqualTo("Trend charts: As at month end: December 2022 (Q3)");
      assertThat(sheet.getTables()).isEmpty();
      List<XSSFPicture> pictures = pictures(sheet);
      assertThat(pictures).hasSize(charts.size());
      assertThat(wb.getAllPictures()).hasSize(charts.size());
      for (int i = 0; i < charts.size(); i++) {
        Chart chart = charts.get(i);
        XSSFPicture picture = pictures.get(i);
        assertThat(picture.getCTPicture().getNvPicPr().getCNvPr().getDescr()).isEqualTo(chart.description());
        assertThat(picture.getCTPicture().getNvPicPr().getCNvPr().getName()).isEqualTo("Chart " + (i + 1));
        int row = ((XSSFClientAnchor) picture.getAnchor()).getRow1();
        assertThat((int) ((XSSFClientAnchor) picture.getAnchor()).getCol1()).isEqualTo(1);
        // Above the picture: "Chart N" and the title, then the description.
        assertThat(text(sheet, row - 2, 0)).isEqualTo("Chart " + (i + 1));
        assertThat(text(sheet, row - 2, 1)).isEqualTo(chart.title());
        assertThat(text(sheet, row - 1, 1)).isEqualTo(chart.description());
        assertThat(sheet.getRow(row).getHeightInPoints()).isGreaterThan(200);
        var png = picture.getPictureData();
        assertThat(png.getMimeType()).isEqualTo("image/png");
        var image = ImageIO.read(new ByteArrayInputStream(png.getData()));
        // 500pt at 144 dpi: 500 / 72 inches x 144.
        assertThat(image.getWidth()).isEqualTo(1000);
      }
      List<String> columnA = new ArrayList<>();
      sheet.forEach(r -> {
        if (r.getCell(0) != null) {
          columnA.add(r.getCell(0).getStringCellValue());
        }
      });
      assertThat(columnA).containsSubsequence("Scorecard", "Chart 1", "Chart 2",
          "Key facts: Looked After Children (LAC)", "Chart 3");
    }
  }

  @Test
  void chartDataSheetHoldsEveryChartsFiguresAndReferenceLinesAsNumbers() throws IOException {
    Chart first = PACK.charts().get(0);
    try (XSSFWorkbook wb = open(PACK)) {
      XSSFSheet sheet = wb.getSheet("Chart data");
      XSSFTable table = sheet.getTables().get(0);
      assertThat(table.getName()).isEqualTo("Chart_data");
      int header = table.getStartRowIndex();
      int rows = PACK.charts().stream().mapToInt(c -> c.labels().size() + c.levels().size()).sum()
          + PACK.keyFacts().get(0).charts().stream().mapToInt(c -> c.labels().size() + c.levels().size()).sum();
      assertThat(table.getEndRowIndex() - header).isEqualTo(rows);
      DataFormatter format = new DataFormatter(Locale.UK);
      XSSFRow jan = sheet.getRow(header + 1);
      assertThat(jan.getCell(0).getStringCellValue()).isEqualTo("Chart 1: " + first.title());
      assertThat(jan.getCell(1).getStringCellValue()).isEqualTo("Figure");
      assertThat(jan.getCell(2).getStringCellValue()).isEqualTo("Jan 2021");
      assertThat(jan.getCell(3).getNumericCellValue()).isEqualTo(85.5);
      assertThat(format.formatCellValue(jan.getCell(3))).isEqualTo("85.5%");
      assertThat(sheet.getRow(header + 5).getCell(3).getStringCellValue()).isEqualTo("[x]");
      XSSFRow target = sheet.getRow(header + 25);
      assertThat(target.getCell(1).getStringCellValue()).isEqualTo("Target (green) 95%+");
      assertThat(target.getCell(2).getStringCellValue()).isEqualTo("All periods");
      assertThat(target.getCell(3).getNumericCellValue()).isEqualTo(95.0);
      assertThat(linesAbove(sheet)).anyMatch(l -> l.startsWith("[x] = not available"));
    }
  }

  @Test
  void coverSaysWhatTheNewSheetsAndColumnsHold() throws IOException {
    try (XSSFWorkbook wb = open(PACK)) {
      List<String> labels = new ArrayList<>();
      wb.getSheet("Cover").forEach(r -> labels.add(r.getCell(0).getStringCellValue()));
      assertThat(labels).contains("Summary", "Commentary", "Charts");
    }
  }

  @Test
  void theNewTableSheetsKeepOneTableUnderTheirExplanationsAndTheTextSheetsNone() throws IOException {
    try (XSSFWorkbook wb = open(PACK)) {
      for (String name : List.of("Summary", "Scorecard", "Chart data")) {
        XSSFSheet sheet = wb.getSheet(name);
        assertThat(sheet.getTables()).as(name).hasSize(1);
        XSSFTable table = sheet.getTables().get(0);
        assertThat(table.getStartColIndex()).isZero();
        assertThat(table.getEndRowIndex()).as(name).isEqualTo(sheet.getLastRowNum());
        assertThat(table.getEndColIndex()).isEqualTo(sheet.getRow(table.getStartRowIndex()).getLastCellNum() - 1);
        assertThat(linesAbove(sheet)).as(name).allMatch(l -> !l.isBlank());
        for (int r = 1; r < table.getStartRowIndex(); r++) {
          assertThat(sheet.getRow(r).getLastCellNum()).as("%s row %d", name, r).isEqualTo((short) 1);
        }
        assertThat(sheet.getNumMergedRegions()).isZero();
      }
      assertThat(wb.getSheet("Charts").getTables()).isEmpty();
      assertThat(wb.getSheet("Key facts").getTables()).isEmpty();
    }
  }

  @Test
  void chartPicturesAreTheSameBytesEveryTime() {
    Chart chart = PACK.charts().get(0);
    assertThat(ChartPng.of(chart, 500, 225)).isEqualTo(ChartPng.of(chart, 500, 225));
  }

  @Test
  void twoRendersWithSummaryChartsAndCommentaryAreByteIdentical() {
    byte[] first = XlsxPackRendererTest.render(PACK);
    TimeZone zone = TimeZone.getDefault();
    Locale locale = Locale.getDefault();
    try {
      TimeZone.setDefault(TimeZone.getTimeZone("Asia/Tokyo"));
      Locale.setDefault(Locale.FRANCE);
      assertThat(XlsxPackRendererTest.render(PACK)).isEqualTo(first);
    } finally {
      TimeZone.setDefault(zone);
      Locale.setDefault(locale);
    }
  }

  private static XSSFWorkbook open(Pack pack) throws IOException {
    return new XSSFWorkbook(new ByteArrayInputStream(XlsxPackRendererTest.render(pack)));
  }

  private static List<XSSFPicture> pictures(XSSFSheet sheet) {
    List<XSSFPicture> pictures = new ArrayList<>();
    sheet.getDrawingPatriarch().getShapes().forEach(s -> pictures.add((XSSFPicture) s));
    return pictures;
  }

  private static List<String> names(XSSFWorkbook wb) {
    List<String> names = new ArrayList<>();
    wb.forEach(s -> names.add(s.getSheetName()));
    return names;
  }

  private static List<String> linesAbove(XSSFSheet sheet) {
    List<String> lines = new ArrayList<>();
    for (int r = 1; r < sheet.getTables().get(0).getStartRowIndex(); r++) {
      lines.add(text(sheet, r, 0));
    }
    return lines;
  }

  private static String marker(String heading) {
    Matcher m = MARKER.matcher(heading);
    assertThat(m.find()).as(heading).isTrue();
    return m.group();
  }

  private static String noteText(XSSFWorkbook wb, String marker) {
    XSSFSheet notes = wb.getSheet("Notes");
    XSSFTable table = notes.getTables().get(0);
    for (int r = table.getStartRowIndex() + 1; r <= table.getEndRowIndex(); r++) {
      if (text(notes, r, 0).equals(marker)) {
        return text(notes, r, 1);
      }
    }
    throw new AssertionError("no " + marker + " on the Notes sheet");
  }
}
