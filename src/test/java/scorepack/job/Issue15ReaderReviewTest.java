package scorepack.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import scorepack.pack.Chart;
import scorepack.pack.GlossaryEntry;
import scorepack.pack.KeyFactTopic;
import scorepack.pack.Pack;
import scorepack.pack.Row;
import scorepack.workspace.Workspace;

/**
 * Issue 15, point 6: what a reader's review found on the bundled packs' pages, each checked on the
 * pack the reviewer read.
 */
class Issue15ReaderReviewTest {
  private static final Workspace WS = GoldenPacks.bundledWorkspace();

  private static Pack pack(String id, YearMonth period) {
    return new PackCalculation(WS).pack(WS.templates().get(id), period, Instant.EPOCH);
  }

  @Test
  void theGlossarysEetEntryDefinesEetNotNeet() {
    GlossaryEntry eet = pack("corporate-parenting", YearMonth.of(2022, 12)).glossary().stream()
        .filter(e -> e.term().endsWith("(EET)")).findFirst().orElseThrow();
    assertThat(eet.definition()).contains("who are in education, employment or training (EET)")
        .doesNotContain("training (NEET), as a");
  }

  @Test
  void aSplitRowsSparklineTextNamesItsBreakdown() {
    List<Row> split = pack("early-help", YearMonth.of(2022, 3)).sections().stream()
        .flatMap(s -> s.rows().stream()).filter(r -> !r.breakdown().isEmpty() && r.trend() != null).toList();
    assertThat(split).isNotEmpty();
    for (Row row : split) {
      assertThat(row.trend().description()).as(row.ref()).contains(": " + row.breakdown() + " ");
    }
  }

  @Test
  void theMonthlyAdmissionsChartHasNoAnnualTotalOffItsScale() {
    Pack cp = pack("corporate-parenting", YearMonth.of(2022, 12));
    List<Chart> admissions = cp.keyFacts().stream().map(KeyFactTopic::charts).flatMap(List::stream)
        .filter(c -> c.title().contains("admissions")).toList();
    assertThat(admissions).isNotEmpty();
    for (Chart chart : admissions) {
      assertThat(chart.levels()).extracting(Chart.Level::kind).doesNotContain(Chart.Kind.PREVIOUS_YEAR);
    }
  }
}
