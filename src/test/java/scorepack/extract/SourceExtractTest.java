package scorepack.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scorepack.definition.Limits;
import scorepack.definition.Source;
import scorepack.definition.SourceLoader;
import scorepack.diagnostic.Diagnostic;
import scorepack.diagnostic.Diagnostics;
import scorepack.engine.Observation;

/** Extracts in a case system's own form, read through a source mapping (issue 17, point 1). */
class SourceExtractTest {

  @TempDir
  Path data;

  private final Diagnostics diagnostics = new Diagnostics();

  private Source source(String yaml) {
    return new SourceLoader(CaseSystem.INDICATORS, Set.of(), diagnostics, Limits.DEFAULT)
        .load(new StringReader(yaml), "sources/case-system.yaml", "case-system").orElseThrow();
  }

  private List<Observation> loadFolder(Source... sources) {
    return new ExtractLoader(CaseSystem.INDICATORS, Set.of(), List.of(sources), CaseSystem.TODAY, Limits.DEFAULT, diagnostics)
        .loadFolder(data, data.getParent()).observations();
  }

  private void write(String name, String text) throws IOException {
    Files.writeString(data.resolve(name), text, StandardCharsets.UTF_8);
  }

  private List<String> messages() {
    String folder = data.getFileName().toString();
    return diagnostics.sorted().stream().map(Diagnostic::toString).map(m -> m.replace(folder + "/", "")).toList();
  }

  private static List<String> figures(List<Observation> rows) {
    List<String> out = new ArrayList<>();
    for (Observation o : rows) {
      out.add(o.indicator() + "|" + o.breakdown() + "|" + o.period() + "|" + o.value() + "|" + o.numerator() + "|"
          + o.denominator());
    }
    return out.stream().sorted().toList();
  }

  @Test
  void aCaseSystemsOwnCodesWordsAndMonthsGiveTheFiguresOfOurOwnExtract() throws IOException {
    Source lcs = source("""
        files: "*-lcs.csv"
        columns: {indicator: Code, period: Month, breakdown: Group, numerator: Num, denominator: Den}
        codes: ignore-case
        breakdowns: {All: "", FAM: Families, CYP: Children}
        date_format: MMM-yy
        """);
    write("2023-01-06-lcs.csv", """
        Code,Description,Month,Group,Num,Den
        SC-CONTACTS,Contacts received,Dec-22,All,"1,234",
        REVIEWS-IN-TIME,Reviews in time,Dec-22,All,36,37
        STEP-DOWNS,Step-downs,Dec-22,FAM,12,
        STEP-DOWNS,Step-downs,Dec-22,CYP,19,
        """);
    List<Observation> mapped = loadFolder(lcs);
    assertThat(messages()).isEmpty();
    Files.delete(data.resolve("2023-01-06-lcs.csv"));
    write("2023-01-06-own.csv", """
        indicator,period,breakdown,value,numerator,denominator
        sc-contacts,2022-12,,,1234,
        reviews-in-time,2022-12,,,36,37
        step-downs,2022-12,Families,,12,
        step-downs,2022-12,Children,,19,
        """);
    List<Observation> own = loadFolder();
    assertThat(messages()).isEmpty();
    assertThat(figures(mapped)).hasSize(4).isEqualTo(figures(own));
    assertThat(mapped.get(0).source().file()).isEqualTo(data.getFileName() + "/2023-01-06-lcs.csv");
    assertThat(mapped.get(0).source().line()).isEqualTo(2);
  }

  @Test
  void anUnknownCodeIsReportedOncePerSourceAndCodeNotOncePerRow() throws IOException {
    Source lcs = source("""
        files: "*-lcs.csv"
        columns: {indicator: Code, period: Month, value: Figure}
        codes: {SC-CONTACTS: sc-contacts}
        skip_codes: [SC-NOT-SHOWN]
        date_format: MMM-yy
        """);
    StringBuilder rows = new StringBuilder("Code,Month,Figure\n");
    for (String month : List.of("Oct-22", "Nov-22", "Dec-22")) {
      rows.append("SC-CONTACTS,").append(month).append(",10\n");
      rows.append("SC-CONTACT,").append(month).append(",10\n");
      rows.append("SC-NOT-SHOWN,").append(month).append(",10\n");
    }
    write("2023-01-06-lcs.csv", rows.toString());
    write("2023-01-07-lcs.csv", rows.toString());
    List<Observation> read = loadFolder(lcs);
    assertThat(read).hasSize(6).allSatisfy(o -> assertThat(o.indicator()).isEqualTo("sc-contacts"));
    assertThat(messages()).containsExactly("2023-01-06-lcs.csv:3:1: error: column indicator: unknown indicator"
        + " code 'SC-CONTACT': sources/case-system.yaml does not list it under codes: (did you mean 'SC-CONTACTS'?);"
        + " expected a code listed there with its indicator id, or under skip_codes: if the packs do not show it"
        + " (6 rows in 2 files have it; this is the first)");
  }

  @Test
  void aMonthNotInTheDateFormatAndAnUnknownBreakdownWordAreReportedOnce() throws IOException {
    Source lcs = source("""
        files: "*-lcs.csv"
        columns: {indicator: Code, period: Month, breakdown: Group, value: Figure}
        codes: ignore-case
        breakdowns: {FAM: Families}
        date_format: MMM-yy
        """);
    write("2023-01-06-lcs.csv", """
        Code,Month,Group,Figure
        STEP-DOWNS,2022/12,FAM,1
        STEP-DOWNS,2022/11,FAM,1
        STEP-DOWNS,Dec-22,Kids,1
        STEP-DOWNS,Nov-22,Kids,1
        STEP-DOWNS,Nov-22,FAM,1
        """);
    assertThat(loadFolder(lcs)).hasSize(1);
    assertThat(messages()).containsExactly(
        "2023-01-06-lcs.csv:2:2: error: column period: '2022/12' is not a month written as MMM-yy (e.g. 'Apr-22'),"
            + " the date_format sources/case-system.yaml gives; expected that format, or the date_format the source"
            + " writes (2 rows have it; this is the first)",
        "2023-01-06-lcs.csv:4:3: error: column breakdown: unknown breakdown 'Kids' for 'step-downs'; expected one of"
            + " Families, Children, or the word mapped under breakdowns: in"
            + " sources/case-system.yaml (2 rows have it; this is the first)");
  }

  @Test
  void aWindows1252ExportIsReadInTheEncodingItsSourceNames() throws IOException {
    String text = "Code,Service,Month,Figure\nSC-CONTACTS,Children\u2019s Services,Dec-22,412\n";
    Files.write(data.resolve("2023-01-06-lcs.csv"), text.getBytes(Charset.forName("windows-1252")));
    String common = "files: '*-lcs.csv'\ncolumns: {indicator: Code, period: Month, value: Figure}\n"
        + "codes: ignore-case\ndate_format: MMM-yy\n";
    assertThat(loadFolder(source(common + "encoding: windows-1252\n"))).singleElement()
        .satisfies(o -> assertThat(o.value()).isEqualByComparingTo("412"));
    assertThat(messages()).isEmpty();
    loadFolder(source(common));
    assertThat(messages()).containsExactly("2023-01-06-lcs.csv:2:21: error: byte 0x92 is not UTF-8 text; the file"
        + " looks saved in another encoding, such as Windows-1252 (Excel's 'CSV (Comma delimited)'): say encoding:"
        + " windows-1252 in sources/case-system.yaml, or save it again as 'CSV UTF-8 (Comma delimited)', and run"
        + " again");
  }

  @Test
  void extractsThatMatchNoSourceAreReadAsTheyAlwaysWere() throws IOException {
    Source lcs = source("files: '*-lcs.csv'\ncolumns: {indicator: Code, period: Month, value: Figure}\n"
        + "codes: ignore-case\ndate_format: MMM-yy\n");
    write("2023-01-06-lcs.csv", "Code,Month,Figure\nSC-CONTACTS,Dec-22,412\n");
    write("2023-01-06-own.csv", "indicator,period,value\nsc-contacts,2022-11,400\n");
    assertThat(figures(loadFolder(lcs))).containsExactly("sc-contacts||2022-11|400|null|null",
        "sc-contacts||2022-12|412|null|null");
    assertThat(messages()).isEmpty();
  }

  @Test
  void aHeadingTheSourceNamesMustBeInTheFile() throws IOException {
    write("2023-01-06-lcs.csv", "Code,Month,Value\nSC-CONTACTS,Dec-22,412\n");
    loadFolder(source("files: '*-lcs.csv'\ncolumns: {indicator: Code, period: Month, value: Figure}\n"
        + "codes: ignore-case\ndate_format: MMM-yy\n"));
    assertThat(messages()).containsExactly("2023-01-06-lcs.csv:1: error: header: the value column 'Figure' is not in"
        + " the header; found code, month, value; expected the heading that columns: value in"
        + " sources/case-system.yaml gives");
  }

  @Test
  void aSourceWhosePatternMatchesNoFileIsAWarning() throws IOException {
    write("2023-01-06-own.csv", "indicator,period,value\nsc-contacts,2022-11,400\n");
    loadFolder(source("files: '*-lcs.csv'\ncodes: ignore-case\n"));
    assertThat(messages()).containsExactly("sources/case-system.yaml: warning: files: no file in "
        + data.getFileName() + " matches '*-lcs.csv'; expected the source's extracts there (is the pattern right?)");
  }
}
