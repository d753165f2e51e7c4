package scorepack.render.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static scorepack.render.xlsx.SheetTables.column;
import static scorepack.render.xlsx.SheetTables.rowWithRef;
import static scorepack.render.xlsx.SheetTables.text;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TimeZone;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import scorepack.pack.Cell;
import scorepack.pack.Changes;
import scorepack.pack.Column;
import scorepack.pack.Field;
import scorepack.pack.KeyFactTopic;
import scorepack.pack.Pack;
import scorepack.pack.PackCopies;
import scorepack.pack.PackFixtures;
import scorepack.pack.Row;
import scorepack.pack.Section;
import scorepack.render.Contrast;
import scorepack.render.csv.CsvPackRenderer;
import scorepack.render.sheet.FigureFormat;

class XlsxPackRendererTest {
  /** Eight lines in two sections: small, so one Scorecard sheet with a Section column. */
  private static final Pack PACK = PackFixtures.corporateParentingLike(4);
  /** 24 lines: one sheet per section. */
  private static final Pack LARGE = PackFixtures.corporateParentingLike(12);
  private static final Pattern MARKER = Pattern.compile("\\[note (\\d+)]");

  @Test
  void smallPackHasTheFrontSheetsOneScorecardSheetGlossaryAndData() throws IOException {
    try (XSSFWorkbook wb = open(PACK)) {
      assertThat(names(wb)).containsExactly("Cover", "Contents", "Notes", "Scorecard", "Glossary", "Data");
    }
  }

  @Test
  void largePackHasOneSheetPerSectionAndKeyFactsAndChangesWhenThePackHasThem() throws IOException {
    Pack full = PackCopies.withChanges(PackCopies.withKeyFacts(LARGE, List.of(new KeyFactTopic(
        "Looked After Children (LAC)", List.of("Children in care are ..."),
        List.of(PackFixtures.fact("551", "LAC as at period end", ""))))), changes());
    try (XSSFWorkbook wb = open(full)) {
      assertThat(names(wb)).containsExactly("Cover", "Contents", "Notes", "Key facts", "LOOKED AFTER CHILDREN",
          "CARE LEAVERS", "Changes", "Glossary", "Data");
      List<String> lines = new ArrayList<>();
      DataFormatter shown = new DataFormatter(Locale.UK);
      for (var row : wb.getSheet("Key facts")) {
        StringBuilder line = new StringBuilder();
        row.forEach(c -> line.append(shown.formatCellValue(c)).append('|'));
        lines.add(line.toString());
        // Issue 15, point 6: a key fact's figure is a number, not text.
        if (line.toString().startsWith("551|")) {
          assertThat(row.getCell(0).getCellType()).isEqualTo(CellType.NUMERIC);
          assertThat(row.getCell(0).getNumericCellValue()).isEqualTo(551);
        }
      }
      assertThat(lines).containsSubsequence("Looked After Children (LAC)|", "|Children in care are ...|",
          "551|LAC as at period end|");
    }
  }

  @Test
  void sheetNamesAreUniqueShortAndTheFirstSheetOpensAtA1() throws IOException {
    try (XSSFWorkbook wb = open(LARGE)) {
      assertThat(names(wb)).doesNotHaveDuplicates().allMatch(n -> n.length() <= 31);
      assertThat(wb.getActiveSheetIndex()).isZero();
      assertThat(wb.getSheetAt(0).isSelected()).isTrue();
      for (int i = 1; i < wb.getNumberOfSheets(); i++) {
        assertThat(wb.getSheetAt(i).isSelected()).isFalse();
      }
      for (Sheet sheet : wb) {
        assertThat(sheet.getActiveCell()).as(sheet.getSheetName()).hasToString("A1");
      }
    }
  }

  @Test
  void everySheetHasItsTitleInA1() throws IOException {
    try (XSSFWorkbook wb = open(LARGE)) {
      assertThat(a1(wb, "Cover")).isEqualTo(LARGE.front().title());
      assertThat(text(wb.getSheet("Cover"), 1, 0)).isEqualTo(LARGE.front().asAtLine());
      assertThat(a1(wb, "Contents")).isEqualTo("Contents");
      assertThat(a1(wb, "Notes")).isEqualTo("Notes");
      assertThat(a1(wb, "LOOKED AFTER CHILDREN")).isEqualTo("Looked After Children Performance Summary: LOOKED"
          + " AFTER CHILDREN \u2013 As at month end: December 2022 (Q3) [note 1]");
      assertThat(a1(wb, "Glossary")).isEqualTo("Glossary");
      assertThat(a1(wb, "Data")).startsWith("Data");
      for (Sheet sheet : wb) {
        assertThat(((XSSFSheet) sheet).getRow(0).getCell(0).getCellStyle().getFont().getBold()).isTrue();
      }
    }
  }

  @Test
  void everySheetButTheCoverHoldsOneExcelTableUnderItsExplanations() throws IOException {
    try (XSSFWorkbook wb = open(LARGE)) {
      for (Sheet s : wb) {
        XSSFSheet sheet = (XSSFSheet) s;
        if (sheet.getSheetName().equals("Cover")) {
          assertThat(sheet.getTables()).isEmpty();
          continue;
        }
        assertThat(sheet.getTables()).as(sheet.getSheetName()).hasSize(1);
        XSSFTable table = sheet.getTables().get(0);
        int header = table.getStartRowIndex();
        assertThat(table.getStartColIndex()).isZero();
        assertThat(table.getEndRowIndex()).as(sheet.getSheetName()).isEqualTo(sheet.getLastRowNum());
        assertThat(table.getEndColIndex()).isEqualTo(sheet.getRow(header).getLastCellNum() - 1);
        assertThat(table.getName()).matches("[A-Za-z][A-Za-z0-9_]*");
        // Above the table: the title, then explanations in column A only, no blank rows.
        for (int r = 1; r < header; r++) {
          assertThat((Object) sheet.getRow(r)).as("%s row %d", sheet.getSheetName(), r).isNotNull();
          assertThat(sheet.getRow(r).getLastCellNum()).isEqualTo((short) 1);
          assertThat(text(sheet, r, 0)).isNotBlank();
        }
        // One header row of text, named as the table's columns; no blank rows in the table.
        for (int c = 0; c <= table.getEndColIndex(); c++) {
          assertThat(sheet.getRow(header).getCell(c).getStringCellValue())
              .isEqualTo(table.getColumns().get(c).getName());
        }
        for (int r = header + 1; r <= table.getEndRowIndex(); r++) {
          assertThat((Object) sheet.getRow(r)).as("%s row %d", sheet.getSheetName(), r).isNotNull();
        }
      }
      assertThat(wb.getSheet("LOOKED AFTER CHILDREN").getTables().get(0).getName())
          .isEqualTo("Scorecard_LOOKED_AFTER_CHILDREN");
      assertThat(wb.getSheet("Data").getTables().get(0).getName()).isEqualTo("Data");
    }
  }

  @Test
  void noMergedCellsFrozenPanesOrHiddenRowsAndColumns() throws IOException {
    try (XSSFWorkbook wb = open(PackCopies.withChanges(LARGE, changes()))) {
      for (Sheet sheet : wb) {
        assertThat(sheet.getNumMergedRegions()).as(sheet.getSheetName()).isZero();
        assertThat(sheet.getPaneInformation()).as(sheet.getSheetName()).isNull();
        for (var row : sheet) {
          assertThat(row.getZeroHeight()).isFalse();
        }
        for (int c = 0; c < 60; c++) {
          assertThat(sheet.isColumnHidden(c)).isFalse();
        }
      }
    }
  }

  @Test
  void everyFigureIsANumberWithItsIndicatorsFormat() throws IOException {
    try (XSSFWorkbook wb = open(PACK)) {
      XSSFSheet sheet = wb.getSheet("Scorecard");
      int checked = 0;
      for (Section section : PACK.sections()) {
        for (Row row : section.rows()) {
          XSSFRow written = rowWithRef(sheet, row.ref());
          for (int i = 0; i < PACK.columns().size(); i++) {
            Cell cell = row.cells().get(i);
            if (cell.hasValue()) {
              XSSFCell out = written.getCell(column(sheet, heading(PACK.columns().get(i))));
              assertThat(out.getCellType()).as("%s %s", row.ref(), PACK.columns().get(i)).isEqualTo(CellType.NUMERIC);
              assertThat(out.getCellStyle().getDataFormatString()).isEqualTo(FigureFormat.of(cell).excelPattern());
              checked++;
            }
          }
        }
      }
      assertThat(checked).isGreaterThan(50);
      XSSFCell ytd = rowWithRef(sheet, "1.1").getCell(column(sheet, "2022/23 YTD"));
      // In percentage points, as in the Data sheet and the CSV.
      assertThat(ytd.getNumericCellValue()).isEqualTo(92.2);
      assertThat(ytd.getCellStyle().getDataFormatString()).isEqualTo("0.0\\%");
      assertThat(new DataFormatter(Locale.UK).formatCellValue(ytd)).isEqualTo("92.2%");
      XSSFCell red = rowWithRef(sheet, "1.1").getCell(column(sheet, "TARGET & TOLERANCES: Red"));
      assertThat(new DataFormatter(Locale.UK).formatCellValue(red)).isEqualTo("<87%");
    }
  }

  @Test
  void noTableCellHoldsANumberAsText() throws IOException {
    Pattern number = Pattern.compile("[-<]?[£]?[0-9][0-9,]*(\\.[0-9]+)?%?\\+?");
    try (XSSFWorkbook wb = open(LARGE)) {
      for (String name : List.of("LOOKED AFTER CHILDREN", "CARE LEAVERS")) {
        XSSFSheet sheet = wb.getSheet(name);
        XSSFTable table = sheet.getTables().get(0);
        int ref = column(sheet, "REF NO.");
        for (int r = table.getStartRowIndex() + 1; r <= table.getEndRowIndex(); r++) {
          for (org.apache.poi.ss.usermodel.Cell cell : sheet.getRow(r)) {
            if (cell.getCellType() == CellType.STRING && cell.getColumnIndex() != ref) {
              assertThat(cell.getStringCellValue()).as("%s %s", name, cell.getAddress()).doesNotMatch(number);
            }
          }
        }
      }
    }
  }

  @Test
  void emptyFiguresCarryShorthandExplainedAboveTheTable() throws IOException {
    try (XSSFWorkbook wb = open(PACK)) {
      XSSFSheet sheet = wb.getSheet("Scorecard");
      // "-" in a year-to-date column: the measure has no year to date.
      assertThat(rowWithRef(sheet, "1.2").getCell(column(sheet, "2022/23 YTD")).getStringCellValue()).isEqualTo("[z]");
      // A blank benchmark: not available.
      assertThat(rowWithRef(sheet, "1.1").getCell(column(sheet, "LATEST BENCHMARKING: Regional av."))
          .getStringCellValue()).isEqualTo("[x]");
      List<String> above = new ArrayList<>();
      for (int r = 1; r < sheet.getTables().get(0).getStartRowIndex(); r++) {
        above.add(text(sheet, r, 0));
      }
      assertThat(above).anyMatch(l -> l.startsWith("[x] = not available"))
          .anyMatch(l -> l.startsWith("[z] = not applicable"));
    }
  }

  @Test
  void ragCellsHoldTheWordOnAFillWithReadableText() throws IOException {
    try (XSSFWorkbook wb = open(PACK)) {
      XSSFSheet sheet = wb.getSheet("Scorecard");
      int rag = column(sheet, "2022/23: RAG (month)");
      // The fixture cycles Amber, Green, Red, Amber down the rows.
      assertRag(rowWithRef(sheet, "1.1").getCell(rag), "Amber", "FFEB9C", "7F6000");
      assertRag(rowWithRef(sheet, "1.2").getCell(rag), "Green", "C6EFCE", "006100");
      assertRag(rowWithRef(sheet, "1.3").getCell(rag), "Red", "FFC7CE", "9C0006");
    }
  }

  @Test
  void dotCellsHoldTheArrowAndItsWord() throws IOException {
    try (XSSFWorkbook wb = open(PACK)) {
      XSSFSheet sheet = wb.getSheet("Scorecard");
      XSSFCell dot = rowWithRef(sheet, "1.1").getCell(column(sheet, "2022/23: DOT (month)"));
      assertThat(dot.getStringCellValue()).isEqualTo("↑ improving");
      assertThat(dot.getCellStyle().getFont().getXSSFColor().getARGBHex()).isEqualTo("FF006100");
    }
  }

  @Test
  void notesAreNumberedInOrderOfFirstAppearanceAndAllListed() throws IOException {
    try (XSSFWorkbook wb = open(PackCopies.withChanges(LARGE, changes()))) {
      Set<Integer> seen = new LinkedHashSet<>();
      for (Sheet sheet : wb) {
        if (sheet.getSheetName().equals("Notes") || sheet.getSheetName().equals("Contents")) {
          continue;
        }
        for (var row : sheet) {
          for (var cell : row) {
            if (cell.getCellType() == CellType.STRING) {
              Matcher m = MARKER.matcher(cell.getStringCellValue());
              while (m.find()) {
                seen.add(Integer.parseInt(m.group(1)));
              }
            }
          }
        }
      }
      List<Integer> order = List.copyOf(seen);
      assertThat(order).isNotEmpty().isSorted().startsWith(1).hasSize(order.get(order.size() - 1));
      XSSFSheet notes = wb.getSheet("Notes");
      XSSFTable table = notes.getTables().get(0);
      assertThat(table.getColumns().get(0).getName()).isEqualTo("Note number");
      List<String> numbers = new ArrayList<>();
      List<String> texts = new ArrayList<>();
      for (int r = table.getStartRowIndex() + 1; r <= table.getEndRowIndex(); r++) {
        numbers.add(text(notes, r, 0));
        texts.add(text(notes, r, 1));
      }
      assertThat(numbers).hasSize(order.size());
      for (int i = 0; i < numbers.size(); i++) {
        assertThat(numbers.get(i)).isEqualTo("[note " + (i + 1) + "]");
      }
      assertThat(texts.get(0)).isEqualTo(LARGE.front().revisionNote());
      assertThat(texts).contains("No figure for Dec 2022 in the extracts")
          .anyMatch(t -> t.startsWith("Revised since the last issue (November 2022, issued 5 December 2022): Oct 2022"
              + " was 86.0%, now 88.0%"));
      // The data note is referred to on its line.
      XSSFSheet sheet = wb.getSheet("LOOKED AFTER CHILDREN");
      String marker = "[note " + (texts.indexOf("No figure for Dec 2022 in the extracts") + 1) + "]";
      assertThat(rowWithRef(sheet, "1.4").getCell(column(sheet, "Notes")).getStringCellValue()).contains(marker);
      assertThat(sheet.getRow(sheet.getTables().get(0).getStartRowIndex()).getCell(
          column(sheet, "2022/23: DOT (month)")).getStringCellValue()).isEqualTo("2022/23: DOT (month) [note 2]");
    }
  }

  @Test
  void trendIsTwelveNumericColumnsWithASummary() throws IOException {
    try (XSSFWorkbook wb = open(PACK)) {
      XSSFSheet sheet = wb.getSheet("Scorecard");
      XSSFRow row = rowWithRef(sheet, "1.1");
      Row packRow = PACK.sections().get(0).rows().get(0);
      for (int p = 0; p < 12; p++) {
        XSSFCell cell = row.getCell(column(sheet, "Trend: M" + (p + 1)));
        BigDecimal value = packRow.trend().values().get(p);
        if (value == null) {
          assertThat(cell.getStringCellValue()).isEqualTo("[x]");
        } else {
          assertThat(cell.getNumericCellValue()).isEqualTo(value.doubleValue());
          assertThat(cell.getCellStyle().getDataFormatString()).isEqualTo("0.0\\%");
        }
      }
      assertThat(row.getCell(column(sheet, "Trend summary")).getStringCellValue())
          .isEqualTo(packRow.trend().description());
      assertThat(column(sheet, "Trend")).isEqualTo(-1);
    }
  }

  @Test
  void dataSheetHoldsTheCsvOutputsRows() throws IOException {
    // A line that carries data beyond its columns, as the CSV lists it.
    Row first = LARGE.sections().get(0).rows().get(0);
    Row withData = new Row(first.ref(), first.indicatorId(), first.breakdown(), first.cells(), first.trend(),
        java.util.Map.of(Field.COMMENTARY, Cell.text("Fewer children came into care.")));
    List<Row> rows = new ArrayList<>(LARGE.sections().get(0).rows());
    rows.set(0, withData);
    Pack pack = new Pack(LARGE.id(), LARGE.period(), LARGE.metadata(), LARGE.front(), LARGE.columns(),
        List.of(new Section(LARGE.sections().get(0).title(), rows), LARGE.sections().get(1)), LARGE.glossary(),
        LARGE.dataNotes());
    ByteArrayOutputStream csv = new ByteArrayOutputStream();
    new CsvPackRenderer().render(pack, csv);
    List<String[]> expected;
    try (MappingIterator<String[]> it = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY)
        .readerFor(String[].class).readValues(csv.toByteArray())) {
      expected = it.readAll();
    }
    assertThat(new String(csv.toByteArray(), java.nio.charset.StandardCharsets.UTF_8)).contains("commentary");
    try (XSSFWorkbook wb = open(pack)) {
      XSSFSheet data = wb.getSheet("Data");
      XSSFTable table = data.getTables().get(0);
      int header = table.getStartRowIndex();
      assertThat(table.getEndRowIndex() - header).isEqualTo(expected.size() - 1);
      for (int r = 0; r < expected.size(); r++) {
        String[] want = expected.get(r);
        XSSFRow row = data.getRow(header + r);
        for (int c = 0; c < want.length; c++) {
          XSSFCell cell = row.getCell(c);
          String field = want[c].startsWith("'") ? want[c].substring(1) : want[c];
          if (cell.getCellType() == CellType.NUMERIC) {
            assertThat(BigDecimal.valueOf(cell.getNumericCellValue())).as("row %d col %d", r, c)
                .isEqualByComparingTo(field);
          } else if (r > 0 && c == 7 && field.isEmpty()) {
            assertThat(cell.getStringCellValue()).isIn("", "[x]", "[z]");
          } else {
            assertThat(cell.getStringCellValue()).as("row %d col %d", r, c).isEqualTo(field);
          }
        }
      }
    }
  }

  @Test
  void contentsLinksToEveryOtherSheet() throws IOException {
    try (XSSFWorkbook wb = open(LARGE)) {
      XSSFSheet contents = wb.getSheet("Contents");
      XSSFTable table = contents.getTables().get(0);
      List<String> linked = new ArrayList<>();
      for (int r = table.getStartRowIndex() + 1; r <= table.getEndRowIndex(); r++) {
        XSSFCell cell = contents.getRow(r).getCell(0);
        assertThat(cell.getHyperlink().getAddress()).isEqualTo("'" + cell.getStringCellValue() + "'!A1");
        linked.add(cell.getStringCellValue());
      }
      List<String> others = new ArrayList<>(names(wb));
      others.remove("Contents");
      assertThat(linked).isEqualTo(others);
    }
  }

  @Test
  void textIsSansSerifTenPointOrLargerAndTableCellsWrap() throws IOException {
    try (XSSFWorkbook wb = open(PACK)) {
      for (int i = 0; i < wb.getNumCellStyles(); i++) {
        var font = wb.getCellStyleAt(i).getFont();
        assertThat(font.getFontName()).isEqualTo("Arial");
        assertThat(font.getFontHeightInPoints()).isGreaterThanOrEqualTo((short) 10);
      }
      XSSFSheet sheet = wb.getSheet("Scorecard");
      assertThat(rowWithRef(sheet, "1.3").getCell(column(sheet, "INDICATOR")).getCellStyle().getWrapText()).isTrue();
      assertThat(sheet.getRow(sheet.getTables().get(0).getStartRowIndex()).getCell(0).getCellStyle().getWrapText())
          .isTrue();
    }
  }

  @Test
  void textThatLooksLikeAFormulaStaysText() throws IOException {
    List<Cell> cells = new ArrayList<>(PACK.sections().get(0).rows().get(0).cells());
    cells.set(index(Field.REF), Cell.text("9.9"));
    cells.set(index(Field.INDICATOR), Cell.text("=SUM(A1:A9)"));
    cells.set(index(Field.CODES), Cell.text("+44 1234"));
    cells.set(index(Field.TIMELINE), Cell.text("@monthly"));
    Pack pack = withSections(new Section("", List.of(new Row("9.9", "x", "", cells, null))));
    try (XSSFWorkbook wb = open(pack)) {
      XSSFSheet sheet = wb.getSheet("Scorecard");
      XSSFCell indicator = rowWithRef(sheet, "9.9").getCell(column(sheet, "INDICATOR"));
      assertThat(indicator.getCellType()).isEqualTo(CellType.STRING);
      assertThat(indicator.getStringCellValue()).isEqualTo("=SUM(A1:A9)");
      assertThat(rowWithRef(sheet, "9.9").getCell(column(sheet, "Council Plan")).getStringCellValue())
          .isEqualTo("+44 1234");
    }
  }

  @Test
  void changesSheetHasItsTableStraightUnderTheTitle() throws IOException {
    try (XSSFWorkbook wb = open(PackCopies.withChanges(PACK, changes()))) {
      XSSFSheet changes = wb.getSheet("Changes");
      assertThat(changes.getRow(0).getCell(0).getStringCellValue())
          .isEqualTo("Changes since the last issue (November 2022, issued 5 December 2022)");
      assertThat(text(changes, 1, 0)).isEqualTo("Ref");
      assertThat(changes.getLastRowNum()).isEqualTo(2);
      assertThat(text(changes, 2, 3)).isEqualTo("86.0%");
      assertThat(changes.getTables().get(0).getName()).isEqualTo("Changes");
    }
  }

  @Test
  void packWithoutRowsOrGlossaryStillRenders() throws IOException {
    Pack empty = new Pack(PACK.id(), PACK.period(), PACK.metadata(), PACK.front(), PACK.columns(),
        List.of(), List.of(), List.of());
    try (XSSFWorkbook wb = open(empty)) {
      assertThat(names(wb)).contains("Scorecard", "Glossary", "Data");
      assertThat(wb.getSheet("Glossary").getTables()).hasSize(1);
    }
  }

  @Test
  void everySheetPrintsLandscapeOnePageWideWithTheHeaderRowRepeated() throws IOException {
    try (XSSFWorkbook wb = open(LARGE)) {
      for (Sheet s : wb) {
        XSSFSheet sheet = (XSSFSheet) s;
        assertThat(sheet.getPrintSetup().getLandscape()).as(sheet.getSheetName()).isTrue();
        assertThat(sheet.getFitToPage()).isTrue();
        assertThat(sheet.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
        assertThat(sheet.getPrintSetup().getFitHeight()).isZero();
        if (!sheet.getTables().isEmpty()) {
          int header = sheet.getTables().get(0).getStartRowIndex();
          assertThat(sheet.getRepeatingRows().getFirstRow()).as(sheet.getSheetName()).isEqualTo(header);
          assertThat(sheet.getRepeatingRows().getLastRow()).isEqualTo(header);
        }
      }
      assertThat(wb.getSheet("Cover").getPrintSetup().getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
      assertThat(wb.getSheet("CARE LEAVERS").getPrintSetup().getPaperSize()).isEqualTo(PrintSetup.A3_PAPERSIZE);
    }
  }

  @Test
  void workbookPropertiesComeFromThePackMetadataAndThereAreNoMacros() throws IOException {
    byte[] bytes = render(PACK);
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
      var core = wb.getProperties().getCoreProperties();
      assertThat(core.getTitle()).isEqualTo(PACK.metadata().title());
      assertThat(core.getSubject()).isEqualTo(PACK.metadata().subject());
      assertThat(core.getCreator()).isEqualTo("Performance & Quality Team");
      assertThat(core.getUnderlyingProperties().getLanguageProperty()).contains("en-GB");
      assertThat(core.getKeywords()).contains("corporate-parenting");
      assertThat(core.getCreated().toInstant()).isEqualTo(PACK.metadata().created());
      assertThat(core.getModified().toInstant()).isEqualTo(PACK.metadata().created());
      assertThat(wb.isMacroEnabled()).isFalse();
    }
    List<String> entries = new ArrayList<>();
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        entries.add(e.getName());
      }
    }
    assertThat(entries).noneMatch(e -> e.contains("vbaProject"));
  }

  @Test
  void coverSaysHowToReadTheScorecardWithTheKeysInTheTablesColours() throws IOException {
    try (XSSFWorkbook wb = open(PACK)) {
      XSSFSheet cover = wb.getSheet("Cover");
      XSSFCell red = find(cover, "Red");
      assertThat(red.getCellStyle().getFillForegroundColorColor().getARGBHex()).isEqualTo("FFFFC7CE");
      assertThat(red.getRow().getCell(1).getStringCellValue()).isEqualTo("in the red band");
      assertThat(find(cover, "↓ declining").getCellStyle().getFont().getXSSFColor().getARGBHex()).isEqualTo("FF9C0006");
      assertThat(find(cover, "Contact").getRow().getCell(1).getStringCellValue())
          .isEqualTo("performance@example.gov.uk");
      assertThat(find(cover, "Next update").getRow().getCell(1).getStringCellValue()).contains("January 2023");
      assertThat(find(cover, "[x]").getRow().getCell(1).getStringCellValue()).startsWith("[x] = not available");
      assertThat(cover.getTables()).isEmpty();
    }
  }

  @Test
  void twoRendersAreByteIdenticalWhateverTheMachineZoneAndLocale() {
    byte[] first = render(LARGE);
    TimeZone zone = TimeZone.getDefault();
    Locale locale = Locale.getDefault();
    try {
      TimeZone.setDefault(TimeZone.getTimeZone("America/New_York"));
      Locale.setDefault(Locale.GERMANY);
      assertThat(render(LARGE)).isEqualTo(first);
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

  static Changes changes() {
    return new Changes("November 2022, issued 5 December 2022", List.of(new Changes.Entry("1.2",
        "% of looked after children care plans reviewed within timescales", "Oct 2022", "86.0%", "88.0%",
        "samples/2023-01-05-extract.csv")));
  }

  private static void assertRag(XSSFCell cell, String word, String fill, String text) {
    assertThat(cell.getStringCellValue()).isEqualTo(word);
    assertThat(cell.getCellStyle().getFillPattern()).isEqualTo(FillPatternType.SOLID_FOREGROUND);
    assertThat(cell.getCellStyle().getFillForegroundColorColor().getARGBHex()).isEqualTo("FF" + fill);
    assertThat(cell.getCellStyle().getFont().getXSSFColor().getARGBHex()).isEqualTo("FF" + text);
    assertThat(Contrast.ratio(text, fill)).isGreaterThanOrEqualTo(4.5);
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

  private static List<String> names(XSSFWorkbook wb) {
    List<String> names = new ArrayList<>();
    wb.forEach(s -> names.add(s.getSheetName()));
    return names;
  }

  private static String a1(XSSFWorkbook wb, String sheet) {
    return text(wb.getSheet(sheet), 0, 0);
  }

  private static Pack withSections(Section... sections) {
    return new Pack(PACK.id(), PACK.period(), PACK.metadata(), PACK.front(), PACK.columns(),
        List.of(sections), PACK.glossary(), PACK.dataNotes());
  }

  private static int index(Field field) {
    for (int c = 0; c < PACK.columns().size(); c++) {
      if (PACK.columns().get(c).field() == field) {
        return c;
      }
    }
    throw new AssertionError("no " + field + " column in the fixture");
  }

  private static String heading(Column column) {
    String group = column.group();
    return group.isEmpty() || column.heading().contains(group) ? column.heading() : group + ": " + column.heading();
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
