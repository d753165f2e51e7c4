package scorepack.render.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import scorepack.pack.Cell;
import scorepack.pack.Field;
import scorepack.pack.KeyFactTopic;
import scorepack.pack.Pack;
import scorepack.pack.PackFixtures;
import scorepack.pack.Row;
import scorepack.pack.Section;

class XlsxPackRendererTest {
  private static final Pack PACK = PackFixtures.corporateParentingLike(4);
  private static final int YTD = column(Field.YTD);
  private static final int RAG = column(Field.RAG_MONTH);

  @Test
  void dataNotesListEachLinesNoteUnderRefIndicatorAndNote() throws IOException {
    try (XSSFWorkbook wb = open(PACK)) {
      var sheet = wb.getSheet("Data notes");
      assertThat(sheet.getRow(ListSheet.HEADER_ROW).getCell(2).getStringCellValue()).isEqualTo("Note");
      var first = sheet.getRow(ListSheet.HEADER_ROW + 1);
      assertThat(List.of(first.getCell(0).getStringCellValue(), first.getCell(1).getStringCellValue(),
          first.getCell(2).getStringCellValue()))
          .containsExactly("1.4", "% of care plans reviewed", "No figure for Dec 2022 in the extracts");
    }
  }

  @Test
  void keyFactsFollowTheCoverWithEachFigureBesideItsWords() throws IOException {
    Pack withFacts = PACK.withKeyFacts(List.of(new KeyFactTopic("Looked After Children (LAC)",
        List.of("Children in care are ..."), List.of(new KeyFactTopic.Fact("551", "LAC as at period end", "")))));
    try (XSSFWorkbook wb = open(withFacts)) {
      assertThat(wb.getSheetName(1)).isEqualTo("Key facts");
      var sheet = wb.getSheet("Key facts");
      List<String> lines = new java.util.ArrayList<>();
      for (var row : sheet) {
        StringBuilder line = new StringBuilder();
        row.forEach(c -> line.append(c.getStringCellValue()).append('|'));
        lines.add(line.toString());
      }
      assertThat(lines).containsSubsequence("Looked After Children (LAC)|", "|Children in care are ...|",
          "551|LAC as at period end|");
    }
    try (XSSFWorkbook wb = open(PACK)) {
      assertThat(wb.getSheet("Key facts")).isNull();
    }
  }

  @Test
  void aPackWithoutDataNotesHasNoDataNotesSheet() throws IOException {
    Pack clean = new Pack(PACK.id(), PACK.period(), PACK.metadata(), PACK.front(), PACK.columns(),
        PACK.sections(), PACK.glossary(), List.of());
    try (XSSFWorkbook wb = open(clean)) {
      assertThat(wb.getNumberOfSheets()).isEqualTo(3);
      assertThat(wb.getSheet("Data notes")).isNull();
    }
  }

  @Test
  void sheetsAreCoverScorecardGlossaryAndDataNotesWithTheCoverActive() throws IOException {
    try (XSSFWorkbook wb = open(PACK)) {
      assertThat(List.of(wb.getSheetName(0), wb.getSheetName(1), wb.getSheetName(2), wb.getSheetName(3)))
          .containsExactly("Cover", "Scorecard", "Glossary", "Data notes");
      assertThat(wb.getNumberOfSheets()).isEqualTo(4);
      assertThat(wb.getActiveSheetIndex()).isZero();
      assertThat(wb.getSheetAt(0).isSelected()).isTrue();
      assertThat(wb.getSheetAt(1).isSelected()).isFalse();
      for (org.apache.poi.ss.usermodel.Sheet sheet : wb) {
        assertThat(sheet.getActiveCell()).hasToString("A1");
      }
    }
  }

  @Test
  void eachSheetHasItsTitleInA1() throws IOException {
    try (XSSFWorkbook wb = open(PACK)) {
      assertThat(text(wb.getSheet("Cover"), 0, 0)).isEqualTo(PACK.front().title());
      assertThat(text(wb.getSheet("Cover"), 1, 0)).isEqualTo(PACK.front().asAtLine());
      assertThat(text(wb.getSheet("Scorecard"), 0, 0))
          .isEqualTo("Looked After Children Performance Summary \u2013 As at month end: December 2022 (Q3)");
      assertThat(text(wb.getSheet("Glossary"), 0, 0)).isEqualTo("Glossary");
    }
  }

  @Test
  void percentFigureIsANumberWithAPercentFormat() throws IOException {
    try (XSSFWorkbook wb = open(PACK)) {
      XSSFCell ytd = rowWithRef(wb, "1.1").getCell(YTD);
      assertThat(ytd.getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(ytd.getNumericCellValue()).isEqualTo(0.922);
      assertThat(ytd.getCellStyle().getDataFormatString()).isEqualTo("0.0%");
      assertThat(new DataFormatter(Locale.UK).formatCellValue(ytd)).isEqualTo("92.2%");
    }
  }

  @Test
  void everyCellWithAValueIsWrittenAsANumber() throws IOException {
    try (XSSFWorkbook wb = open(PACK)) {
      int checked = 0;
      for (Section section : PACK.sections()) {
        for (Row row : section.rows()) {
          XSSFRow written = rowWithRef(wb, row.ref());
          for (int c = 0; c < PACK.columns().size(); c++) {
            if (row.cells().get(c).hasValue()) {
              assertThat(written.getCell(c).getCellType()).as("%s column %d", row.ref(), c)
                  .isEqualTo(CellType.NUMERIC);
              checked++;
            }
          }
        }
      }
      assertThat(checked).isGreaterThan(50);
    }
  }

  @Test
  void dashStaysTextAndBlankStaysEmpty() throws IOException {
    try (XSSFWorkbook wb = open(PACK)) {
      XSSFRow row = rowWithRef(wb, "1.2");
      assertThat(row.getCell(YTD).getCellType()).isEqualTo(CellType.STRING);
      assertThat(row.getCell(YTD).getStringCellValue()).isEqualTo("-");
      assertThat(row.getCell(column(Field.CODES)).getStringCellValue()).isEqualTo("TB5");
      assertThat(rowWithRef(wb, "1.1").getCell(column(Field.CODES)).getCellType()).isEqualTo(CellType.BLANK);
    }
  }

  @Test
  void toleranceKeepsItsPrintedSignsAroundTheNumber() throws IOException {
    try (XSSFWorkbook wb = open(PACK)) {
      XSSFRow row = rowWithRef(wb, "1.1");
      XSSFCell red = row.getCell(column(Field.RED));
      XSSFCell amber = row.getCell(column(Field.AMBER));
      assertThat(red.getNumericCellValue()).isEqualTo(0.87);
      assertThat(new DataFormatter(Locale.UK).formatCellValue(red)).isEqualTo("<87%");
      assertThat(new DataFormatter(Locale.UK).formatCellValue(amber)).isEqualTo("87%+");
    }
  }

  @Test
  void ragCellsHoldTheWordOnALightFill() throws IOException {
    try (XSSFWorkbook wb = open(PACK)) {
      // The fixture cycles Amber, Green, Red, Amber down the rows.
      assertRag(rowWithRef(wb, "1.1").getCell(RAG), "Amber", "FFEB9C", "7F6000");
      assertRag(rowWithRef(wb, "1.2").getCell(RAG), "Green", "C6EFCE", "006100");
      assertRag(rowWithRef(wb, "1.3").getCell(RAG), "Red", "FFC7CE", "9C0006");
    }
  }

  @Test
  void dotCellsKeepTheArrowInItsToneColour() throws IOException {
    try (XSSFWorkbook wb = open(PACK)) {
      XSSFCell dot = rowWithRef(wb, "1.1").getCell(column(Field.DOT_MONTH));
      assertThat(dot.getStringCellValue()).isEqualTo("↑");
      assertThat(dot.getCellStyle().getFont().getXSSFColor().getARGBHex()).isEqualTo("FF006100");
    }
  }

  @Test
  void trendColumnIsLeftBlankForNow() throws IOException {
    try (XSSFWorkbook wb = open(PACK)) {
      assertThat(rowWithRef(wb, "1.1").getCell(column(Field.TREND)).getCellType()).isEqualTo(CellType.BLANK);
    }
  }

  @Test
  void scorecardHasOneHeaderRowWithGroupNamesAndNoMergedCells() throws IOException {
    try (XSSFWorkbook wb = open(PACK)) {
      XSSFSheet sheet = wb.getSheet("Scorecard");
      XSSFRow header = sheet.getRow(ScorecardSheet.HEADER_ROW);
      List<String> headings = new ArrayList<>();
      header.forEach(c -> headings.add(c.getStringCellValue()));
      assertThat(headings).hasSize(PACK.columns().size())
          .startsWith("REF NO.", "INDICATOR")
          .contains("2022/23: Oct-22", "2022/23 YTD", "TARGET & TOLERANCES: Red", "LATEST BENCHMARKING: Nat av.");
      assertThat(header.getCell(0).getCellStyle().getFont().getBold()).isTrue();
      assertThat(header.getCell(0).getCellStyle().getFillPattern()).isEqualTo(FillPatternType.SOLID_FOREGROUND);
      assertThat(sheet.getNumMergedRegions()).isZero();
    }
  }

  @Test
  void sectionTitlesHaveTheirOwnRowBeforeTheirRows() throws IOException {
    try (XSSFWorkbook wb = open(PACK)) {
      XSSFSheet sheet = wb.getSheet("Scorecard");
      assertThat(text(sheet, 2, 0)).isEqualTo("LOOKED AFTER CHILDREN");
      assertThat(text(sheet, 3, 0)).isEqualTo("1.1");
      assertThat(text(sheet, 7, 0)).isEqualTo("CARE LEAVERS");
      assertThat(sheet.getLastRowNum()).isEqualTo(11);
    }
  }

  @Test
  void untitledSectionHasNoTitleRow() throws IOException {
    Pack pack = withSections(new Section("", List.of(PACK.sections().get(0).rows().get(0))));
    try (XSSFWorkbook wb = open(pack)) {
      XSSFSheet sheet = wb.getSheet("Scorecard");
      assertThat(text(sheet, 2, 0)).isEqualTo("1.1");
      assertThat(sheet.getLastRowNum()).isEqualTo(2);
    }
  }

  @Test
  void textThatLooksLikeAFormulaStaysText() throws IOException {
    List<Cell> cells = new ArrayList<>(PACK.sections().get(0).rows().get(0).cells());
    cells.set(column(Field.REF), Cell.text("9.9"));
    cells.set(column(Field.INDICATOR), Cell.text("=SUM(A1:A9)"));
    cells.set(column(Field.CODES), Cell.text("+44 1234"));
    cells.set(column(Field.TIMELINE), Cell.text("@monthly"));
    cells.set(column(Field.DATA_NOTE), Cell.text("-1 month"));
    Pack pack = withSections(new Section("", List.of(new Row("9.9", "x", "", cells, null))));
    try (XSSFWorkbook wb = open(pack)) {
      XSSFRow row = rowWithRef(wb, "9.9");
      for (int c = 1; c <= 4; c++) {
        assertThat(row.getCell(c).getCellType()).isEqualTo(CellType.STRING);
      }
      assertThat(row.getCell(1).getStringCellValue()).isEqualTo("=SUM(A1:A9)");
    }
  }

  @Test
  void indicatorColumnIsWideAndWraps() throws IOException {
    try (XSSFWorkbook wb = open(PACK)) {
      XSSFSheet sheet = wb.getSheet("Scorecard");
      int indicator = column(Field.INDICATOR);
      assertThat(sheet.getColumnWidth(indicator)).isEqualTo(60 * 256);
      assertThat(rowWithRef(wb, "1.3").getCell(indicator).getCellStyle().getWrapText()).isTrue();
      assertThat(rowWithRef(wb, "1.3").getCell(indicator).getCellStyle().getFont().getFontName()).isEqualTo("Arial");
    }
  }

  @Test
  void panesFreezeBelowTheHeaderAndRightOfTheIndicator() throws IOException {
    try (XSSFWorkbook wb = open(PACK)) {
      var pane = wb.getSheet("Scorecard").getPaneInformation();
      assertThat(pane.isFreezePane()).isTrue();
      assertThat((int) pane.getHorizontalSplitTopRow()).isEqualTo(ScorecardSheet.HEADER_ROW + 1);
      assertThat((int) pane.getVerticalSplitLeftColumn()).isEqualTo(column(Field.INDICATOR) + 1);
    }
  }

  @Test
  void headerRowRepeatsOnEveryPrintedPage() throws IOException {
    try (XSSFWorkbook wb = open(PACK)) {
      CellRangeAddress repeated = wb.getSheet("Scorecard").getRepeatingRows();
      assertThat(repeated.getFirstRow()).isEqualTo(ScorecardSheet.HEADER_ROW);
      assertThat(repeated.getLastRow()).isEqualTo(ScorecardSheet.HEADER_ROW);
      assertThat(wb.getSheet("Glossary").getRepeatingRows().getFirstRow()).isEqualTo(ListSheet.HEADER_ROW);
    }
  }

  @Test
  void everySheetPrintsLandscapeOnePageWide() throws IOException {
    try (XSSFWorkbook wb = open(PACK)) {
      for (org.apache.poi.ss.usermodel.Sheet sheet : wb) {
        assertThat(sheet.getPrintSetup().getLandscape()).as(sheet.getSheetName()).isTrue();
        assertThat(sheet.getFitToPage()).isTrue();
        assertThat(sheet.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
        assertThat(sheet.getPrintSetup().getFitHeight()).isZero();
      }
      assertThat(wb.getSheet("Cover").getPrintSetup().getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
    }
  }

  @Test
  void scorecardWiderThanFourteenColumnsPrintsOnA3() throws IOException {
    assertThat(PACK.columns()).hasSizeGreaterThan(ScorecardSheet.A4_MAX_COLUMNS);
    try (XSSFWorkbook wb = open(PACK)) {
      assertThat(wb.getSheet("Scorecard").getPrintSetup().getPaperSize()).isEqualTo(PrintSetup.A3_PAPERSIZE);
    }
  }

  @Test
  void workbookPropertiesComeFromThePackMetadata() throws IOException {
    try (XSSFWorkbook wb = open(PACK)) {
      var core = wb.getProperties().getCoreProperties();
      assertThat(core.getTitle()).isEqualTo(PACK.metadata().title());
      assertThat(core.getSubject()).isEqualTo(PACK.metadata().subject());
      assertThat(core.getCreator()).isEqualTo("Performance & Quality Team");
      assertThat(core.getKeywords()).contains("corporate-parenting");
      assertThat(core.getCreated().toInstant()).isEqualTo(PACK.metadata().created());
      assertThat(core.getModified().toInstant()).isEqualTo(PACK.metadata().created());
    }
  }

  @Test
  void glossaryListsTermsAndDefinitionsWrapped() throws IOException {
    try (XSSFWorkbook wb = open(PACK)) {
      XSSFSheet sheet = wb.getSheet("Glossary");
      assertThat(text(sheet, 1, 0)).isEqualTo("Term");
      assertThat(text(sheet, 2, 0)).isEqualTo("Looked After Child (LAC)");
      assertThat(text(sheet, 2, 1)).isEqualTo("A child in the care of the local authority.");
      assertThat(sheet.getRow(2).getCell(1).getCellStyle().getWrapText()).isTrue();
    }
  }

  @Test
  void coverDrawsTheKeysLikeTheTable() throws IOException {
    try (XSSFWorkbook wb = open(PACK)) {
      XSSFSheet cover = wb.getSheet("Cover");
      XSSFCell red = find(cover, "Red");
      assertThat(red.getCellStyle().getFillForegroundColorColor().getARGBHex()).isEqualTo("FFFFC7CE");
      assertThat(red.getRow().getCell(1).getStringCellValue()).isEqualTo("in the red band");
      XSSFCell down = find(cover, "↓");
      assertThat(down.getCellStyle().getFont().getXSSFColor().getARGBHex()).isEqualTo("FF9C0006");
      assertThat(find(cover, "Created by").getRow().getCell(1).getStringCellValue())
          .isEqualTo("Performance & Quality Team");
      assertThat(find(cover, "Vision").getRow().getCell(1).getStringCellValue()).startsWith("Working with");
    }
  }

  @Test
  void packWithoutRowsOrGlossaryStillRenders() throws IOException {
    Pack empty = new Pack(PACK.id(), PACK.period(), PACK.metadata(), PACK.front(), PACK.columns(),
        List.of(), List.of(), List.of());
    try (XSSFWorkbook wb = open(empty)) {
      assertThat(wb.getSheet("Scorecard").getLastRowNum()).isEqualTo(ScorecardSheet.HEADER_ROW);
      assertThat(wb.getSheet("Glossary").getLastRowNum()).isEqualTo(ListSheet.HEADER_ROW);
    }
  }

  @Test
  void twoRendersAreByteIdenticalWhateverTheMachineZoneAndLocale() throws IOException {
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
  void leavesTheOutputStreamOpen() throws IOException {
    boolean[] closed = {false};
    ByteArrayOutputStream out = new ByteArrayOutputStream() {
      @Override
      public void close() {
        closed[0] = true;
      }
    };
    new XlsxPackRenderer().render(PACK, out);
    assertThat(closed[0]).isFalse();
    assertThat(out.size()).isPositive();
  }

  private static void assertRag(XSSFCell cell, String word, String fill, String text) {
    assertThat(cell.getStringCellValue()).isEqualTo(word);
    assertThat(cell.getCellStyle().getFillPattern()).isEqualTo(FillPatternType.SOLID_FOREGROUND);
    assertThat(cell.getCellStyle().getFillForegroundColorColor().getARGBHex()).isEqualTo("FF" + fill);
    assertThat(cell.getCellStyle().getFont().getXSSFColor().getARGBHex()).isEqualTo("FF" + text);
  }

  static byte[] render(Pack pack) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      new XlsxPackRenderer().render(pack, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static XSSFWorkbook open(Pack pack) throws IOException {
    return new XSSFWorkbook(new ByteArrayInputStream(render(pack)));
  }

  private static Pack withSections(Section... sections) {
    return new Pack(PACK.id(), PACK.period(), PACK.metadata(), PACK.front(), PACK.columns(),
        List.of(sections), PACK.glossary(), PACK.dataNotes());
  }

  private static int column(Field field) {
    for (int c = 0; c < PACK.columns().size(); c++) {
      if (PACK.columns().get(c).field() == field) {
        return c;
      }
    }
    throw new AssertionError("no " + field + " column in the fixture");
  }

  private static String text(XSSFSheet sheet, int row, int column) {
    return sheet.getRow(row).getCell(column).getStringCellValue();
  }

  private static XSSFRow rowWithRef(XSSFWorkbook wb, String ref) {
    return find(wb.getSheet("Scorecard"), ref).getRow();
  }

  private static XSSFCell find(XSSFSheet sheet, String text) {
    for (org.apache.poi.ss.usermodel.Row row : sheet) {
      for (org.apache.poi.ss.usermodel.Cell cell : row) {
        if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(text)) {
          return (XSSFCell) cell;
        }
      }
    }
    throw new AssertionError("no cell \"" + text + "\" on " + sheet.getSheetName());
  }
}
