package scorepack.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import scorepack.definition.Template;
import scorepack.definition.TemplateLoader;
import scorepack.diagnostic.Diagnostics;
import scorepack.pack.Cell;
import scorepack.pack.Column;
import scorepack.pack.Field;
import scorepack.pack.Pack;
import scorepack.pack.PreviousIssue;
import scorepack.pack.PrintedFigure;
import scorepack.pack.Row;
import scorepack.pack.Section;
import scorepack.pack.Summary;
import scorepack.workspace.Workspace;

/**
 * Issue 14, point 2: the summary counts exactly the RAG column the scorecard prints, and last
 * month and a year ago the same way, for every bundled pack and month; its sentences quote only
 * figures the pack prints.
 */
class Issue14SummaryEqualsTableTest {
  private static final YearMonth FIRST = YearMonth.of(2020, 4);
  private static final YearMonth FROM = YearMonth.of(2021, 4);
  private static final YearMonth TO = YearMonth.of(2023, 3);
  private static final Instant CREATED = Instant.parse("2023-04-04T00:00:00Z");
  private static final Pattern MOVE = Pattern.compile("\\(([^()\\s]+) to ([^()\\s]+)\\)");
  /** Every bundled pack of every month the extracts hold, by pack id and month. */
  private static final Map<String, Map<YearMonth, Pack>> PACKS = new LinkedHashMap<>();

  @BeforeAll
  static void buildEveryMonthOfEveryPack() {
    Workspace workspace = GoldenPacks.bundledWorkspace();
    PackCalculation calculation = new PackCalculation(workspace);
    for (String id : workspace.templates().keySet()) {
      Map<YearMonth, Pack> packs = new HashMap<>();
      for (YearMonth m = FIRST; !m.isAfter(TO); m = m.plusMonths(1)) {
        packs.put(m, calculation.pack(workspace.templates().get(id), m, CREATED));
      }
      PACKS.put(id, packs);
    }
  }

  @Test
  void theCountsAreThePrintedColumnsCountsThisMonthLastMonthAndAYearAgo() {
    assertThat(PACKS).containsOnlyKeys("corporate-parenting", "early-help", "members");
    for (Map.Entry<String, Map<YearMonth, Pack>> packs : PACKS.entrySet()) {
      for (YearMonth m = FROM; !m.isAfter(TO); m = m.plusMonths(1)) {
        Pack pack = packs.getValue().get(m);
        String which = packs.getKey() + " " + m;
        Summary summary = pack.summary();
        assertThat(summary.column()).as(which).isEqualTo(headline(pack).heading());
        Map<String, Integer> now = printedCounts(pack);
        Map<String, Integer> lastMonth = printedCounts(packs.getValue().get(m.minusMonths(1)));
        Map<String, Integer> lastYear = printedCounts(packs.getValue().get(m.minusYears(1)));
        for (Summary.Count count : summary.counts().subList(0, 3)) {
          assertThat(count.now()).as(which + " " + count.rag() + " now").isEqualTo(expected(now, count.rag()));
          assertThat(count.lastMonth()).as(which + " " + count.rag() + " last month")
              .isEqualTo(expected(lastMonth, count.rag()));
          assertThat(count.lastYear()).as(which + " " + count.rag() + " a year ago")
              .isEqualTo(expected(lastYear, count.rag()));
        }
      }
    }
  }

  @Test
  void membersCountsItsYearEndRagAsTheScorecardPrintsIt() {
    Pack march = PACKS.get("members").get(TO);
    Summary summary = march.summary();
    assertThat(summary.column()).isEqualTo("RAG (Yr End)");
    // RAG (Yr End) as the March 2023 scorecard prints it, counted by hand from the printed column.
    Map<String, Integer> printed = printedCounts(march);
    assertThat(summary.counts().get(0).now()).hasValue(printed.get("Red"));
    assertThat(summary.counts().get(1).now()).hasValue(printed.get("Amber"));
    assertThat(summary.counts().get(2).now()).hasValue(printed.get("Green"));
    assertThat(String.join(" ", summary.sentences())).contains("the scorecard's RAG (Yr End) column");
    // B.7 is Green in RAG (Yr End) in February and in March: it did not move band.
    assertThat(rag(march, "B.7 (SC)")).isEqualTo("Green");
    assertThat(rag(PACKS.get("members").get(TO.minusMonths(1)), "B.7 (SC)")).isEqualTo("Green");
    assertThat(summary.sentences()).noneMatch(s -> s.contains("B.7 (SC)"));
  }

  @Test
  void earlyHelpMarch2022SaysAYearAgoIsNotAvailableRatherThanNoneOfEach() {
    Summary summary = PACKS.get("early-help").get(YearMonth.of(2022, 3)).summary();
    assertThat(summary.counts()).allSatisfy(c -> assertThat(c.lastYear()).isEmpty());
    assertThat(summary.sentences()).anyMatch(s -> s.contains(
        "March 2021: not available, as no measure had both a figure and a target"));
    assertThat(String.join(" ", summary.sentences())).doesNotContain("0 Green, 0 Amber");
  }

  @Test
  void aTemplatesHeadlineRagChoosesWhichPrintedColumnIsCounted() throws IOException {
    // Early Help prints RAG (month) then RAG (Yr End); by default the summary counts the first.
    Pack byDefault = PACKS.get("early-help").get(TO);
    assertThat(byDefault.summary().column()).isEqualTo("RAG (month)");
    String yaml = Files.readString(Path.of("templates/early-help.yaml")).replace("month_columns: 3",
        "month_columns: 3\nheadline_rag: rag_year");
    Diagnostics diagnostics = new Diagnostics();
    Template template = new TemplateLoader(diagnostics).load(new StringReader(yaml), "templates/early-help.yaml",
        "early-help").orElseThrow();
    assertThat(diagnostics.hasErrors()).isFalse();
    Workspace workspace = GoldenPacks.bundledWorkspace();
    Pack pack = new PackCalculation(workspace).pack(template, TO, CREATED, PreviousIssue.NONE);
    assertThat(pack.summary().column()).isEqualTo("RAG (Yr End)");
    Column yearEnd = pack.columns().stream().filter(c -> c.field() == Field.RAG_YEAR).findFirst().orElseThrow();
    Map<String, Integer> printed = new HashMap<>(Map.of("Red", 0, "Amber", 0, "Green", 0));
    pack.sections().forEach(s -> s.rows().forEach(r -> printed.computeIfPresent(
        cell(pack, r, yearEnd.field()).text(), (k, n) -> n + 1)));
    assertThat(pack.summary().counts().subList(0, 3)).extracting(c -> c.now().getAsInt())
        .containsExactly(printed.get("Red"), printed.get("Amber"), printed.get("Green"));
    // The two columns differ in March 2023 (5.1 is Red for the month, Amber for the year).
    assertThat(pack.summary().counts().get(0).now()).isNotEqualTo(byDefault.summary().counts().get(0).now());
  }

  @Test
  void everyFigureASummarySentenceQuotesIsPrintedInThePackAsPrinted() {
    for (Map.Entry<String, Map<YearMonth, Pack>> packs : PACKS.entrySet()) {
      for (YearMonth m = FROM; !m.isAfter(TO); m = m.plusMonths(1)) {
        Pack pack = packs.getValue().get(m);
        Set<String> printed = new HashSet<>();
        pack.printedFigures().forEach(f -> printed.add(f.cell().text()));
        for (String sentence : pack.summary().sentences()) {
          Matcher move = MOVE.matcher(sentence);
          while (move.find()) {
            if (Set.of("Red", "Amber", "Green").contains(move.group(1))) {
              continue; // a band change, "(Amber to Green)", not figures
            }
            assertThat(printed).as(packs.getKey() + " " + m + ": " + sentence)
                .contains(move.group(1), move.group(2));
          }
        }
      }
    }
    // Members March 2023 once quoted 22.2% for ED.5, then a figure printed nowhere in the pack; the
    // education table now prints it as ED.5's Term 1, and the sentence quotes the terms it prints.
    Pack members = PACKS.get("members").get(TO);
    assertThat(members.printedFigures()).filteredOn(f -> f.ref().equals("ED.5 (B)") && f.periodCode()
        .equals("2022/23-T1")).map(PrintedFigure::cell).map(Cell::text).contains("22.2%");
  }

  private static OptionalInt expected(Map<String, Integer> counts, String rag) {
    boolean anyRated = counts.values().stream().anyMatch(n -> n > 0);
    return anyRated ? OptionalInt.of(counts.getOrDefault(rag, 0)) : OptionalInt.empty();
  }

  /** How many lines the pack's headline RAG column prints as Red, Amber and Green. */
  private static Map<String, Integer> printedCounts(Pack pack) {
    Field headline = headline(pack).field();
    Map<String, Integer> counts = new HashMap<>(Map.of("Red", 0, "Amber", 0, "Green", 0));
    for (Section section : pack.sections()) {
      for (Row row : section.rows()) {
        counts.computeIfPresent(cell(pack, row, headline).text(), (k, n) -> n + 1);
      }
    }
    return counts;
  }

  /** A row's cell of a field, in its section's columns. */
  private static Cell cell(Pack pack, Row row, Field field) {
    List<Column> columns = pack.columnsOf(row);
    for (int i = 0; i < columns.size(); i++) {
      if (columns.get(i).field() == field) {
        return row.cells().get(i);
      }
    }
    throw new AssertionError("no " + field + " column");
  }

  private static Column headline(Pack pack) {
    List<Column> rag = new ArrayList<>();
    for (Column c : pack.columns()) {
      if (c.field() == Field.RAG_MONTH || c.field() == Field.RAG_YEAR) {
        rag.add(c);
      }
    }
    return rag.get(0);
  }

  private static String rag(Pack pack, String ref) {
    return cell(pack, pack.sections().stream().flatMap(s -> s.rows().stream()).filter(r -> r.ref().equals(ref))
        .findFirst().orElseThrow(), headline(pack).field()).text();
  }
}
