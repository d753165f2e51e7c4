package scorepack.definition;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.Charset;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import scorepack.diagnostic.Diagnostic;
import scorepack.diagnostic.Diagnostics;
import scorepack.engine.Behaviour;
import scorepack.engine.IndicatorDefinition;
import scorepack.engine.Polarity;
import scorepack.engine.Timeline;
import scorepack.engine.Unit;
import scorepack.engine.YearKind;

class SourceLoaderTest {
  private final Diagnostics diagnostics = new Diagnostics();
  private final SourceLoader loader = new SourceLoader(Map.of(
      "contacts", defined("contacts", List.of()),
      "step-downs", defined("step-downs", List.of("Families", "Children"))), Set.of("broken"), diagnostics,
      Limits.DEFAULT);

  private static DefinedIndicator defined(String id, List<String> breakdowns) {
    return new DefinedIndicator(new IndicatorDefinition(id, id, Unit.COUNT, Polarity.INFO, Timeline.MONTHLY,
        Behaviour.SNAPSHOT, YearKind.FINANCIAL, 0, Map.of(), Optional.empty(), Optional.empty(), Map.of(),
        breakdowns), "Count", "indicators/x.yaml");
  }

  private Optional<Source> load(String yaml) {
    return loader.load(new StringReader(yaml), "sources/case-system.yaml", "case-system");
  }

  private List<String> messages() {
    return diagnostics.sorted().stream().map(Diagnostic::toString).toList();
  }

  @Test
  void readsAFileSourceWithItsColumnsCodesWordsDatesAndEncoding() {
    Source s = load("""
        files: "*-lcs-*.csv"
        columns: {indicator: Code, period: Month, breakdown: Group, numerator: Num, denominator: Den}
        codes: {SC-CONTACTS: contacts, SC-STEP: step-downs}
        skip_codes: [SC-OLD]
        breakdowns: {All: "", FAM: Families}
        date_format: MMM-yy
        encoding: windows-1252
        """).orElseThrow();
    assertThat(messages()).isEmpty();
    assertThat(s.name()).isEqualTo("case-system");
    SourceOrigin.Files files = (SourceOrigin.Files) s.origin();
    assertThat(files.matches("2023-01-06-lcs-social-care.csv")).isTrue();
    assertThat(files.matches("2023-01-06-cyps-monthly.csv")).isFalse();
    assertThat(files.encoding()).isEqualTo(Charset.forName("windows-1252"));
    assertThat(s.layout()).isEqualTo(SourceLayout.LONG);
    assertThat(s.heading(SourceField.INDICATOR)).contains("Code");
    assertThat(s.heading(SourceField.VALUE)).contains("value");
    assertThat(s.codes().idOf("SC-STEP")).contains("step-downs");
    assertThat(s.codes().idOf("sc-step")).isEmpty();
    assertThat(s.codes().skips("SC-OLD")).isTrue();
    assertThat(s.breakdowns().ours("all")).isEmpty();
    assertThat(s.breakdowns().ours("Fam")).isEqualTo("Families");
    assertThat(s.breakdowns().ours("Children")).isEqualTo("Children");
    assertThat(s.periods().parse("APR-22")).contains(YearMonth.of(2022, 4));
    assertThat(s.periods().parse("Sept-22")).contains(YearMonth.of(2022, 9));
  }

  @Test
  void aWideSourceNamesItsSheetsAndMeasureWords() {
    Source s = load("""
        files: "*-scorecard.xlsx"
        layout: wide
        sheets: [Social Care, Early Help]
        columns: {indicator: Code, measure: Measure}
        measures: {Num: numerator, DEN: denominator, "%": skip}
        """).orElseThrow();
    assertThat(messages()).isEmpty();
    assertThat(s.layout()).isEqualTo(SourceLayout.WIDE);
    assertThat(((SourceOrigin.Files) s.origin()).sheets()).containsExactly("Social Care", "Early Help");
    assertThat(s.measure("num")).contains(SourceField.NUMERATOR);
    assertThat(s.measure("Den")).contains(SourceField.DENOMINATOR);
    assertThat(s.measure("Denominator")).contains(SourceField.DENOMINATOR);
    assertThat(s.measure("%")).contains(SourceField.MEASURE);
    assertThat(s.measure("Target")).isEmpty();
    assertThat(s.heading(SourceField.BREAKDOWN)).isEmpty();
    assertThat(s.heading(SourceField.PERIOD)).isEmpty();
  }

  @Test
  void aWideSourceHasNoPeriodColumnAndALongOneNoMeasures() {
    load("files: '*.csv'\nlayout: wide\ncolumns: {period: Month}\n");
    load("files: '*.csv'\nmeasures: {Num: numerator}\n");
    assertThat(messages()).containsExactly(
        "sources/case-system.yaml:2:11: error: measures: measures: belongs to a wide source; a long source names"
            + " its value, numerator and denominator columns under columns:",
        "sources/case-system.yaml:3:11: error: columns.period: unknown key 'period'; expected one of breakdown,"
            + " indicator, measure");
  }

  @Test
  void ignoreCaseMatchesEveryIdWrittenInAnotherCase() {
    Source s = load("files: '*.csv'\ncodes: ignore-case\n").orElseThrow();
    assertThat(s.codes().idOf("STEP-DOWNS")).contains("step-downs");
    assertThat(s.codes().idOf("BROKEN")).contains("broken");
    assertThat(s.codes().idOf("STEPDOWNS")).isEmpty();
  }

  @Test
  void theThreeDateFormatsOfTheIssueReadTheirMonths() {
    assertThat(new PeriodFormat("MMM-yy").parse("Apr-22")).contains(YearMonth.of(2022, 4));
    assertThat(new PeriodFormat("yyyy-MM").parse("2022-04")).contains(YearMonth.of(2022, 4));
    assertThat(new PeriodFormat("dd/mm/yyyy").parse("01/04/2022")).contains(YearMonth.of(2022, 4));
    assertThat(new PeriodFormat("dd/mm/yyyy").parse("31/04/2022")).isEmpty();
    assertThat(new PeriodFormat("dd/mm/yyyy").parse("2022-04-01")).contains(YearMonth.of(2022, 4));
    assertThat(new PeriodFormat("mmmm yyyy").parse("april 2022")).contains(YearMonth.of(2022, 4));
    assertThat(new PeriodFormat("MMM-yy").format(YearMonth.of(2022, 9))).isEqualTo("Sep-22");
  }

  @Test
  void eachProblemIsReportedAtItsLineAndColumn() {
    assertThat(load("""
        files: "data/*.csv"
        colums: {indicator: Code}
        codes: {SC-CONTACTS: contacs}
        breakdowns: {FAM: Famlies}
        date_format: MMM-qq
        encoding: ebcdic
        """)).isEmpty();
    assertThat(messages()).containsExactly(
        "sources/case-system.yaml:1:8: error: files: the pattern 'data/*.csv' names a folder; expected a pattern for"
            + " the names of files in the data folder, such as *-lcs-*.xlsx",
        "sources/case-system.yaml:2:1: error: colums: unknown key 'colums' (did you mean 'columns'?); expected one of"
            + " breakdowns, codes, columns, connection, date_format, description, encoding, files, kind, layout,"
            + " measures, months, name, queries, sheets, skip_codes, timeout_seconds",
        "sources/case-system.yaml:3:22: error: codes.SC-CONTACTS: unknown indicator 'contacs' (did you mean"
            + " 'contacts'?); expected an id defined in indicators/",
        "sources/case-system.yaml:4:19: error: breakdowns.FAM: unknown breakdown 'Famlies' (did you mean 'Families'?);"
            + " expected '' (the total line) or a breakdown an indicator defines: Children, Families",
        "sources/case-system.yaml:5:14: error: date_format: 'MMM-qq' is not a date format: the pattern letters 'qq'"
            + " are not a day (d, dd), month (m, mm, mmm, mmmm) or year (yy, yyyy); expected e.g. MMM-yy for Apr-22,"
            + " yyyy-MM for 2022-04 or dd/MM/yyyy for 01/04/2022",
        "sources/case-system.yaml:6:11: error: encoding: expected one of cp1252, iso 8859 1, latin 1, utf 8, windows"
            + " 1252, found 'ebcdic'");
  }

  @Test
  void aSqlSourceNamesItsConnectionAndQueries() {
    Source s = load("""
        kind: sql
        description: Monthly figures from the reporting database
        connection: reporting
        months: 13
        columns: {indicator: code, period: month}
        codes: ignore-case
        queries:
          - name: contacts
            indicator: contacts
            sql: SELECT month, COUNT(*) AS value FROM contacts GROUP BY month
          - name: all-the-rest
            sql: SELECT code, month, value FROM monthly_figures
        """).orElseThrow();
    assertThat(messages()).isEmpty();
    SourceOrigin.Queries q = (SourceOrigin.Queries) s.origin();
    assertThat(q.connection()).isEqualTo("reporting");
    assertThat(q.months()).isEqualTo(13);
    assertThat(q.timeoutSeconds()).isEqualTo(600);
    assertThat(q.queries()).extracting(SourceQuery::name).containsExactly("contacts", "all-the-rest");
    assertThat(q.queries().get(0).indicator()).contains("contacts");
    assertThat(q.queries().get(1).indicator()).isEmpty();
  }

  @Test
  void aSqlSourceSaysHowManyMonthsEachExtractCoversAndHowLongAQueryMayRun() {
    SourceOrigin.Queries q = (SourceOrigin.Queries) load("""
        kind: sql
        connection: reporting
        months: 13
        timeout_seconds: 120
        queries: [{name: q, indicator: contacts, sql: SELECT 1}]
        """).orElseThrow().origin();
    assertThat(messages()).isEmpty();
    assertThat(q.months()).isEqualTo(13);
    assertThat(q.timeoutSeconds()).isEqualTo(120);
  }

  @Test
  void aCredentialInASourceFileIsRefusedWithWhereItBelongs() {
    load("""
        kind: sql
        connection: reporting
        password: hunter2
        queries: [{name: q, indicator: contacts, sql: SELECT 1}]
        """);
    assertThat(messages()).singleElement().asString()
        .startsWith("sources/case-system.yaml:3:1: error: password: 'password' does not belong in a source file")
        .contains("connections file").doesNotContain("hunter2");
  }

  @Test
  void aSqlSourceHasNoFilesAndAFileSourceNoConnection() {
    load("kind: sql\nfiles: '*.csv'\nqueries: [{name: a, sql: SELECT 1}]\n");
    load("files: '*.csv'\nconnection: reporting\n");
    assertThat(messages()).containsExactly(
        "sources/case-system.yaml:1:1: error: connection: the required key 'connection' is missing",
        "sources/case-system.yaml:2:8: error: files: 'files' belongs to a source of kind: file; a SQL source reads"
            + " what its queries return",
        "sources/case-system.yaml:2:13: error: connection: 'connection' belongs to a source of kind: sql; expected"
            + " kind: sql, or files: for extract files");
  }
}
