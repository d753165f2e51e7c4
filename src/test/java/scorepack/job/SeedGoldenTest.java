package scorepack.job;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import scorepack.diagnostic.Diagnostics;
import scorepack.extract.ExtractCutoff;
import scorepack.pack.Pack;
import scorepack.workspace.Workspace;
import scorepack.workspace.WorkspaceLoader;

/**
 * The bundled workspace reproduces the published Corporate Parenting scorecard for December 2022
 * (the seed table, copied into test resources): every month figure, year to date, previous year,
 * and every DOT and RAG the seed's own checks find consistent with its numbers, from the extracts
 * as they stood on its issue date, 31 January 2023 (--as-of).
 */
class SeedGoldenTest {
  private static final Path WORKSPACE = Path.of(".");

  /** The CSV output of the pack, as rows of (ref, field, period) → (value, text). */
  private static Map<String, String[]> csvOf(String pack, YearMonth period) throws IOException {
    Diagnostics diagnostics = new Diagnostics();
    Workspace ws = WorkspaceLoader.load(WORKSPACE, WORKSPACE.resolve("samples"),
        ExtractCutoff.of(Optional.of(LocalDate.of(2023, 1, 31)), Clock.systemDefaultZone()), diagnostics);
    // The nine CSV extracts taken after the issue date, and the wide workbook taken with the last of them.
    assertThat(ws.extracts().leftOutFiles()).hasSize(10);
    assertThat(diagnostics.sorted()).as("the bundled workspace is valid").noneMatch(d -> d.severity().name().equals("ERROR"));
    Pack p = new PackCalculation(ws, Optional.of(LocalDate.of(2023, 1, 31))).pack(ws.templates().get(pack), period,
        Instant.parse("2023-01-31T00:00:00Z"));
    String csv = new String(Format.CSV.render(p), StandardCharsets.UTF_8);
    Map<String, String[]> rows = new HashMap<>();
    for (String line : csv.split("\n")) {
      String[] f = line.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)", -1);
      rows.put(f[2] + "|" + f[5] + "|" + f[6], new String[] {f[7], f[8].replace("\"", "")});
    }
    return rows;
  }

  private static boolean sameNumber(String printed, BigDecimal seed) {
    String s = printed.replace("%", "").replace(",", "").trim();
    try {
      return new BigDecimal(s).compareTo(seed) == 0;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  @Test
  void corporateParentingDecember2022MatchesThePublishedScorecard() throws IOException {
    JsonNode seed;
    try (InputStream in = getClass().getResourceAsStream("/seed-tables/corporate-parenting-2022-12.json")) {
      seed = new ObjectMapper().readTree(in);
    }
    Map<String, String[]> csv = csvOf("corporate-parenting", YearMonth.of(2022, 12));
    List<String> mismatches = new ArrayList<>();
    int checked = 0;
    for (JsonNode row : seed.get("rows")) {
      String ref = row.get("ref").asText();
      var months = row.get("months").properties().iterator();
      while (months.hasNext()) {
        var m = months.next();
        checked++;
        String[] got = csv.get(ref + "|month|" + m.getKey());
        if (got == null || !sameNumber(got[1], m.getValue().decimalValue())) {
          mismatches.add(ref + " " + m.getKey() + ": seed " + m.getValue() + ", pack " + (got == null ? "nothing" : got[1]));
        }
      }
      JsonNode ytd = row.get("ytd_or_outturn");
      String[] gotYtd = csv.get(ref + "|ytd|2022-12");
      checked++;
      if (ytd.isNumber() ? gotYtd == null || !sameNumber(gotYtd[1], ytd.decimalValue())
          : gotYtd == null || !gotYtd[1].equals("-")) {
        mismatches.add(ref + " ytd: seed " + ytd + ", pack " + (gotYtd == null ? "nothing" : gotYtd[1]));
      }
      JsonNode previous = row.get("previous_year");
      if (previous.isNumber()) {
        checked++;
        String[] got = csv.get(ref + "|previous_year|2022-12");
        if (got == null || !sameNumber(got[1], previous.decimalValue())) {
          mismatches.add(ref + " previous year: seed " + previous + ", pack " + (got == null ? "nothing" : got[1]));
        }
      }
      for (String field : List.of("dot_month", "rag_month")) {
        if (row.path("checks").path(field + "_consistent").asBoolean(false)) {
          checked++;
          String[] got = csv.get(ref + "|" + field + "|2022-12");
          if (got == null || !got[0].equals(row.get(field).asText())) {
            mismatches.add(ref + " " + field + ": seed " + row.get(field).asText() + ", pack "
                + (got == null ? "nothing" : got[0]));
          }
        }
      }
    }
    assertThat(mismatches).as("figures checked: " + checked).isEmpty();
    assertThat(checked).isGreaterThan(170);
  }

  @Test
  void keyFactsPrintThePublishedHeadlineFigures() {
    Diagnostics diagnostics = new Diagnostics();
    Workspace ws = WorkspaceLoader.load(WORKSPACE, WORKSPACE.resolve("samples"), diagnostics);
    Pack p = new PackCalculation(ws).pack(ws.templates().get("corporate-parenting"), YearMonth.of(2022, 12),
        Instant.parse("2023-01-31T00:00:00Z"));
    List<String> facts = p.keyFacts().stream().flatMap(t -> t.facts().stream())
        .map(f -> f.figure().text() + " " + f.text()).toList();
    // As the published report's summary pages print them (seed 001, "LOOKED AFTER CHILDREN" onwards).
    assertThat(facts).contains("551 LAC as at period end", "147 Admissions (ytd)", "153 Discharges (ytd)",
        "96.4% of LAC visits are up-to-date & complete (NMS)", "71.1% of IHA's completed in time (ytd)",
        "66.1% of long term LAC in a stable placement for 2 years+",
        "9.2% of LAC have had 3+ placements as at period end",
        "13 placements created via foster carer approvals (ytd)", "322 care leavers as at the period end",
        "74.8% of eligible LAC & care leavers had an up to date pathway plan at the period end",
        "97.2% of care leavers were in suitable accommodation at the period end",
        "73.0% of care leavers were in employment, education or training at the period end",
        "6 adoptions completed within 12 months of SHOBPA (ytd)");
    assertThat(p.keyFacts()).extracting(t -> t.title())
        .containsExactly("Looked After Children (LAC)", "Placements", "Adoptions & Care Leavers");
  }

  @Test
  void theSummaryNamesTheBandChangesAndLargestMovesThePublishedFiguresShow() {
    Workspace ws = WorkspaceLoader.load(WORKSPACE, WORKSPACE.resolve("samples"), new Diagnostics());
    Pack p = new PackCalculation(ws).pack(ws.templates().get("corporate-parenting"), YearMonth.of(2022, 12),
        Instant.parse("2023-01-31T00:00:00Z"));
    List<String> s = p.summary().sentences();
    // From the seed's own November and December figures and tolerances: 4.7 88.9% (<95%, 87%+)
    // to 97.3% (95%+); 4.20 75.2% (<77%) to 77.0% (77%+); 4.17 57.1% (35%+) to 8.7% (<27%).
    assertThat(s).contains("Moved up a band since November 2022: 4.7 % of looked after children care plans"
        + " reviewed within timescales (Amber to Green); 4.20 % of looked after children in a family based"
        + " setting (Red to Amber).",
        "Moved down a band since November 2022: 4.17 % of looked after children who have ceased to be looked"
        + " after due to permanence (SGO, CAO, Adoption) (Green to Red).");
    // Relative moves in the good direction: 4.7 +9.4%, 4.19 -5.2% (low is good), 4.26 -3.7% (low);
    // in the bad one: 4.17 -84.8%, 4.22 -5.3%, 4.10 -5.2%.
    assertThat(s.get(4)).startsWith("Largest improvements since the previous period: 4.7 ")
        .contains("(88.9% to 97.3%); 4.19 ", "(9.7% to 9.2%); 4.26 ", "(218.0 to 210.0).");
    assertThat(s.get(5)).startsWith("Largest declines since the previous period: 4.17 ")
        .contains("(57.1% to 8.7%); 4.22 ", "(9.4% to 8.9%); 4.10 ");
    assertThat(s.get(0)).isEqualTo("The counts are of the scorecard's RAG (month) column, for every measure with a"
        + " target; last month and a year ago are counted the same way, from that month's figures. A measure is"
        + " not rated when that month has no figure for it, or its year had no target.");
    assertThat(s.get(1)).startsWith("In December 2022, the 15 measures with targets were rated 3 Green, 6 Amber and"
        + " 6 Red (November 2022: 3 Green, 6 Amber and 6 Red;");
  }

  @Test
  void chartsDescribeTheirLineFromTheFigures() {
    Workspace ws = WorkspaceLoader.load(WORKSPACE, WORKSPACE.resolve("samples"), new Diagnostics());
    Pack p = new PackCalculation(ws).pack(ws.templates().get("corporate-parenting"), YearMonth.of(2022, 12),
        Instant.parse("2023-01-31T00:00:00Z"));
    assertThat(p.charts()).extracting(c -> c.title()).containsExactly(
        "4.2 Rate of looked after children per 10,000 population aged 0-17",
        "4.19 % of looked after children who have had 3 or more placements - rolling 12 months");
    // The seed's November and December rates, target, 2021/22 figure and benchmarks; the process
    // mean and limits come from the invented earlier months of the samples.
    assertThat(p.charts().get(0).description()).startsWith("4.2 Rate of looked after children per 10,000"
        + " population aged 0-17 fell from 98.3 in Nov 2022 to 95.9 in Dec 2022; Target (green) <95.2;"
        + " 2021/22 outturn 97.8; Process mean ").contains("; Upper process limit ", "; Lower process limit ")
        .endsWith("; Stat neigh av. 102.4; Best stat neigh 56.0; Nat av. 70.0; Regional av. 78.9.");
    assertThat(p.charts().get(0).labels()).hasSize(24).endsWith("Dec 2022");
    assertThat(p.keyFacts().get(0).charts()).extracting(c -> c.title())
        .containsExactly("No. of admissions of looked after children",
            "No. of children who have ceased to be looked after children");
  }

  @Test
  void anInconsistentSeedRowGetsNoRagWithoutTolerances() throws IOException {
    // The seed prints Yellow for 4.8 but no tolerances; scorepack prints a RAG only where tolerances are.
    Map<String, String[]> csv = csvOf("corporate-parenting", YearMonth.of(2022, 12));
    assertThat(csv).doesNotContainKey("4.8|rag_month|2022-12");
    assertThat(csv.get("4.8|ytd|2022-12")[1]).isEqualTo("71.1%");
  }
}
