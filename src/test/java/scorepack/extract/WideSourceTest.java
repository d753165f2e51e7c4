package scorepack.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scorepack.definition.Limits;
import scorepack.definition.Source;
import scorepack.definition.SourceLoader;
import scorepack.diagnostic.Diagnostic;
import scorepack.diagnostic.Diagnostics;
import scorepack.engine.Observation;
import scorepack.engine.SeriesAssembler;

/** Wide workbooks and CSVs, the months across the columns (issue 17, point 2). */
class WideSourceTest {
  private static final String SOURCE = """
      files: "*-scorecard.*"
      layout: wide
      columns: {indicator: Code, measure: Measure, breakdown: Group}
      codes: ignore-case
      breakdowns: {All: "", FAM: Families, CYP: Children}
      measures: {Number: numerator, Num: numerator, Den: denominator, "%": skip}
      date_format: MMM-yy
      """;

  @TempDir
  Path data;

  private final Diagnostics diagnostics = new Diagnostics();

  private Source source(String yaml) {
    Optional<Source> s = new SourceLoader(CaseSystem.INDICATORS, Set.of(), diagnostics, Limits.DEFAULT)
        .load(new StringReader(yaml), "sources/lcs.yaml", "lcs");
    assertThat(messages()).isEmpty();
    return s.orElseThrow();
  }

  private List<String> load(String yaml) {
    List<Observation> rows = new ExtractLoader(CaseSystem.INDICATORS, Set.of(), List.of(source(yaml)), CaseSystem.TODAY, Limits.DEFAULT,
        diagnostics).loadFolder(data, data.getParent()).observations();
    return rows.stream().map(o -> o.indicator() + "|" + o.breakdown() + "|" + o.period() + "|" + o.value() + "|"
        + o.numerator() + "|" + o.denominator() + "|" + o.source().line()).sorted().toList();
  }

  private void write(String name, String text) throws IOException {
    Files.writeString(data.resolve(name), text);
  }

  private List<String> messages() {
    String folder = data.getFileName().toString();
    return diagnostics.sorted().stream().map(Diagnostic::toString).map(m -> m.replace(folder + "/", "")).toList();
  }

  @Test
  void aWideCsvGivesAFigurePerMonthWithItsNumeratorAndDenominatorFromTheRowsBelow() throws IOException {
    write("2023-01-06-scorecard.csv", """
        Social care scorecard,,,,,
        ,,,,,
        Code,Group,Measure,Oct-22,Nov-22,Dec-22
        SC-CONTACTS,All,Number,"1,234",-,
        REVIEWS-IN-TIME,All,Num,36,38,
        ,,Den,37,40,
        ,,%,97.3%,95.0%,
        STEP-DOWNS,FAM,Number,12,14,15
        STEP-DOWNS,CYP,Number,19,21,22
        """);
    assertThat(load(SOURCE)).containsExactly(
        "reviews-in-time||2022-10|null|36|37|5",
        "reviews-in-time||2022-11|null|38|40|5",
        "sc-contacts||2022-10|null|1234|null|4",
        "step-downs|Children|2022-10|null|19|null|9",
        "step-downs|Children|2022-11|null|21|null|9",
        "step-downs|Children|2022-12|null|22|null|9",
        "step-downs|Families|2022-10|null|12|null|8",
        "step-downs|Families|2022-11|null|14|null|8",
        "step-downs|Families|2022-12|null|15|null|8");
    assertThat(messages()).isEmpty();
  }

  @Test
  void aMonthsHeadingMayNameThePartItsColumnHolds() throws IOException {
    write("2023-01-06-scorecard.csv", """
        Code,Num Nov-22,Nov-22 Den,Dec-22 Num,Dec-22 Den,Dec-22 %
        REVIEWS-IN-TIME,38,40,44,45,97.8%
        """);
    assertThat(load(SOURCE.replace("measure: Measure, breakdown: Group", "measure: Measure"))).containsExactly(
        "reviews-in-time||2022-11|null|38|40|2", "reviews-in-time||2022-12|null|44|45|2");
    assertThat(messages()).isEmpty();
  }

  @Test
  void aWorkbookIsReadFromEachNamedSheetAsExcelWritesItsDatesAndNumbers() throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(
        data.resolve("2023-01-06-scorecard.xlsx"))) {
      CellStyle month = wb.createCellStyle();
      month.setDataFormat(wb.createDataFormat().getFormat("mmm-yy"));
      CellStyle thousands = wb.createCellStyle();
      thousands.setDataFormat(wb.createDataFormat().getFormat("#,##0"));
      wb.createSheet("Notes").createRow(0).createCell(0).setCellValue("Read me first");
      Sheet contacts = wb.createSheet("Front Door");
      Row header = contacts.createRow(1);
      header.createCell(0).setCellValue("Code");
      for (int m = 0; m < 2; m++) {
        header.createCell(1 + m).setCellValue(LocalDate.of(2022, 11 + m, 1));
        header.getCell(1 + m).setCellStyle(month);
      }
      Row r = contacts.createRow(2);
      r.createCell(0).setCellValue("SC-CONTACTS");
      r.createCell(1).setCellValue(1234);
      r.getCell(1).setCellStyle(thousands);
      r.createCell(2).setCellValue("-");
      Sheet reviews = wb.createSheet("Reviews");
      Row top = reviews.createRow(0);
      top.createCell(0).setCellValue("Code");
      top.createCell(1).setCellValue("Dec-22");
      Row parts = reviews.createRow(1);
      parts.createCell(1).setCellValue("Num");
      parts.createCell(2).setCellValue("Den");
      Row figures = reviews.createRow(2);
      figures.createCell(0).setCellValue("reviews-in-time");
      figures.createCell(1).setCellValue(44);
      figures.createCell(2).setCellValue(45);
      wb.write(out);
    }
    String yaml = SOURCE.replace(", measure: Measure, breakdown: Group", "")
        .replace("layout: wide", "layout: wide\nsheets: [Front Door, Reviews]");
    List<String> got = load(yaml);
    assertThat(got).as("the first sheet's figures start on row 3, below an empty row 1")
        .containsExactly("reviews-in-time||2022-12|null|44|45|3", "sc-contacts||2022-11|1234|null|null|3");
    assertThat(messages()).isEmpty();
  }

  @Test
  void aLaterWideExtractStillWinsOverAnEarlierLongOne() throws IOException {
    write("2023-01-05-own.csv", "indicator,period,value\nsc-contacts,2022-12,400\n");
    write("2023-01-06-scorecard.csv", "Code,Measure,Dec-22\nSC-CONTACTS,Number,412\n");
    List<Observation> rows = new ExtractLoader(CaseSystem.INDICATORS, Set.of(), List.of(source(SOURCE.replace(
        ", breakdown: Group", ""))), CaseSystem.TODAY, Limits.DEFAULT, diagnostics).loadFolder(data, data.getParent()).observations();
    assertThat(messages()).isEmpty();
    assertThat(SeriesAssembler.assemble(rows).values()).singleElement().satisfies(s -> {
      assertThat(s.at(YearMonth.of(2022, 12)).orElseThrow().numerator()).isEqualByComparingTo("412");
      assertThat(s.superseded()).singleElement().satisfies(x -> assertThat(x.replaced().source().file())
          .endsWith("2023-01-05-own.csv"));
    });
  }

  @Test
  void eachProblemOfAWideTableIsReportedAtItsCell() throws IOException {
    write("2023-01-06-scorecard.csv", """
        Code,Group,Measure,Nov-22,Dec-22
        SC-CONTACTS,All,Number,10,abc
        ,,,5,6
        REVIEWS-IN-TIME,All,Numer,1,2
        SC-CONTACT,All,Number,1,2
        """);
    load(SOURCE);
    assertThat(messages()).containsExactly(
        "2023-01-06-scorecard.csv:2:5: error: column numerator: expected a number, found 'abc'",
        "2023-01-06-scorecard.csv:3:1: error: column Code: a row of figures with no code and no measure word;"
            + " expected the indicator's code, or the word of the part it holds below a row with a code",
        "2023-01-06-scorecard.csv:4:3: error: column Measure: unknown measure word 'Numer'; expected value,"
            + " numerator or denominator, or the word mapped under measures: in sources/lcs.yaml",
        "2023-01-06-scorecard.csv:5:1: error: column indicator: unknown indicator code 'SC-CONTACT': no indicator's"
            + " id is 'SC-CONTACT' ignoring case (did you mean 'sc-contacts'?); expected an id defined in"
            + " indicators/, or the code under skip_codes: in sources/lcs.yaml if the packs do not show it"
            + " (2 rows have it; this is the first)");
  }

  @Test
  void aTableWithoutItsHeadingOrMonthsIsRefused() throws IOException {
    write("2023-01-06-scorecard.csv", "Indicator,Nov-22\nSC-CONTACTS,1\n");
    write("2023-01-07-scorecard.csv", "Code,Group,Measure,November\nSC-CONTACTS,All,Number,1\n");
    load(SOURCE);
    assertThat(messages()).containsExactly(
        "2023-01-06-scorecard.csv: error: no row has the heading 'Code' of the indicator column; expected a header"
            + " row holding it above the figures, or the heading under columns: indicator in sources/lcs.yaml",
        "2023-01-07-scorecard.csv:1: error: header: the header row has no month; expected the months across it"
            + " written as MMM-yy (e.g. 'Apr-22'), the date_format sources/lcs.yaml gives");
  }
}
