package scorepack.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import scorepack.definition.Template;
import scorepack.extract.ExtractCutoff;
import scorepack.pack.Pack;
import scorepack.render.sheet.SheetCell;
import scorepack.render.sheet.SheetLayout;
import scorepack.render.sheet.WorkbookLayout;
import scorepack.workspace.Workspace;

/**
 * Issue 14's Members example: in March 2023 the education lines ED.6-ED.18 print "-" in every
 * 2022/23 column, so, as the council's own report does (seed 000, lines 147-159), they print "n/a"
 * and no rating; ED.23 has no year to date, so no year-end rating or year-on-year DOT.
 */
class Issue14MembersEducationTest {
  private static final YearMonth MARCH_2023 = YearMonth.of(2023, 3);
  private static final List<String> ANNUAL = List.of("ED.6 (B)|eyfs-good-level-of-development",
      "ED.7 (B)|phonics-year-1", "ED.10 (B)|ks2-expected-rwm", "ED.18 (B)|ebacc-average-point-score");

  private static Workspace workspace;
  private static Pack march;
  private static Map<String, String[]> csv;

  @BeforeAll
  static void buildThePack() throws IOException {
    workspace = GoldenPacks.bundledWorkspace();
    march = new PackCalculation(workspace).pack(workspace.templates().get("members"), MARCH_2023,
        Instant.parse("2023-04-22T00:00:00Z"));
    csv = GoldenPacks.csvOf(march);
  }

  @Test
  void annualResultsOfLastYearPrintNotAvailableAndNoRating() {
    for (String line : ANNUAL) {
      for (String field : List.of("dot_month", "dot_year", "rag_year")) {
        String[] got = csv.get(line + "||" + field + "|2023-03");
        assertThat(got).as(line + " " + field).isNotNull();
        assertThat(got[0]).as(line + " " + field + " value").isEmpty();
        assertThat(got[1]).as(line + " " + field + " text").isEqualTo("n/a");
      }
    }
  }

  @Test
  void termlyLinesWithNoYearToDateHaveATermDirectionButNoYearJudgement() {
    assertThat(csv.get("ED.23 (A)|lac-personal-education-plans||dot_month|2023-03")[0]).isEqualTo("down");
    for (String line : List.of("ED.23 (A)|lac-personal-education-plans|")) {
      assertThat(csv.get(line + "|ytd|2023-03")[1]).as(line + " year figure").isEqualTo("-");
      assertThat(csv.get(line + "|rag_year|2023-03")[1]).as(line + " RAG (Yr End)").isEqualTo("n/a");
      assertThat(csv.get(line + "|dot_year|2023-03")[1]).as(line + " DOT (Yr on Yr)").isEqualTo("n/a");
    }
  }

  @Test
  void aLineWithAYearToDateKeepsItsJudgements() {
    // ED.4 primary attendance: autumn and spring give 93.5% for the year so far, against 96%+ and 93.0% last year.
    assertThat(csv.get("ED.4 (B)|attendance-primary|Primary|rag_year|2023-03")[0]).isEqualTo("red");
    assertThat(csv.get("ED.4 (B)|attendance-primary|Primary|dot_year|2023-03")[0]).isEqualTo("up");
  }

  @Test
  void theWorkbookShowsNotAvailableAsXWithANoteSayingWhy() {
    WorkbookLayout workbook = WorkbookLayout.of(march);
    List<String> eyfs = workbook.sheets().stream().flatMap(s -> s.rows().stream()).map(Issue14MembersEducationTest::texts)
        .filter(row -> row.stream().anyMatch(t -> t.startsWith("% of early years foundation stage")))
        .findFirst().orElseThrow();
    assertThat(eyfs).doesNotContain("n/a").contains("[x]").anyMatch(t -> t.matches(".*\\[note \\d+\\].*"));
    SheetLayout notes = workbook.sheet("Notes");
    assertThat(notes.rows().stream().flatMap(r -> texts(r).stream()))
        .anyMatch(t -> t.startsWith("RAG (Yr End) not available: no 2022/23 figure for the year yet"))
        .anyMatch(t -> t.startsWith("RAG rating against") && t.contains("[x]: not available") && !t.contains("n/a"));
  }

  @Test
  void explainSaysWhyAJudgementIsNotAvailable() throws IOException {
    List<String> lines = new ExplainJob().run(Path.of("."), Path.of("samples"), "eyfs-good-level-of-development", "",
        Optional.of(MARCH_2023), Optional.empty(), ExtractCutoff.of(Optional.empty(), Clock.systemUTC()),
        Optional.empty());
    assertThat(lines).contains("  term columns Term 1 to Term 2 2022/23, as the members pack's section 'EDUCATION"
        + " INDICATORS (ACADEMIC YEAR)' prints them (periods: terms), as at the end of the latest term; each term's"
        + " window:", "    Term 1 2022/23 (Autumn): Sep 2022 to Dec 2022", "    Term 2 2022/23 (Spring): Jan 2023 to Mar 2023");
    assertThat(lines).contains("RAG (term): n/a (no 2022/23 figure yet (the latest is for 2021/22))",
        "DOT (term): n/a (no 2022/23 figure yet (the latest is for 2021/22))");
    assertThat(lines).anyMatch(l -> l.startsWith("RAG (Yr End): n/a (no 2022/23 figure for the year yet"));
  }

  @Test
  void monthColumnsAreTheTemplatesAsTheIssueExampleAsks() {
    // corporate-parenting with month_columns: 6 printed "-" for July to September though the extracts hold them.
    Template six = withMonthColumns(workspace.templates().get("corporate-parenting"), 6);
    Map<String, String[]> december = csvOf(six, YearMonth.of(2022, 12));
    assertThat(List.of("2022-07", "2022-08", "2022-09", "2022-10", "2022-11", "2022-12"))
        .extracting(m -> december.get("4.1|looked-after-children||month|" + m)[1])
        .containsExactly("564", "556", "555", "555", "565", "551"); // the latest extract of each month
    Map<String, String[]> one = csvOf(withMonthColumns(six, 1), YearMonth.of(2022, 12));
    assertThat(one).containsKey("4.1|looked-after-children||month|2022-12")
        .doesNotContainKey("4.1|looked-after-children||month|2022-11");
    Map<String, String[]> twelve = csvOf(withMonthColumns(six, 12), YearMonth.of(2022, 12));
    assertThat(twelve.get("4.1|looked-after-children||month|2022-01")).isNotNull();
    assertThat(twelve).doesNotContainKey("4.1|looked-after-children||month|2021-12");
  }

  private static Map<String, String[]> csvOf(Template template, YearMonth period) {
    try {
      return GoldenPacks.csvOf(new PackCalculation(workspace).pack(template, period, Instant.EPOCH));
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static Template withMonthColumns(Template t, int months) {
    return new Template(t.id(), t.file(), t.title(), t.scorecardTitle(), t.author(), t.details(), t.vision(),
        t.revisionNote(), t.dotKeyIntro(), t.columns(), months, t.sections(), t.glossaryTerms(), t.keyFacts(),
        t.chartEveryLine(), t.headlineRag(), t.benchmarksAsOf(), t.cover(), t.publicEdition(), t.paper());
  }

  private static List<String> texts(List<SheetCell> row) {
    return row.stream().filter(c -> c instanceof SheetCell.Text).map(c -> ((SheetCell.Text) c).text()).toList();
  }
}
