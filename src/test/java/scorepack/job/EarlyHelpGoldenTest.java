package scorepack.job;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import scorepack.workspace.Workspace;

/**
 * The bundled workspace reproduces the published Early Help scorecard for March 2022 (outturn
 * 2021/22; the seed table, copied into test resources): every month figure, outturn and 2020/21
 * figure, and every DOT and RAG the seed's own checks find consistent with its numbers, except
 * the deliberate differences listed in {@link #SKIPPED} (see samples/README.md, "Early Help").
 */
class EarlyHelpGoldenTest {
  private static final YearMonth MARCH_2022 = YearMonth.of(2022, 3);
  private static final LocalDate ISSUED = LocalDate.of(2022, 5, 18);

  /**
   * Which pack line prints each seed row: "ref|indicator|breakdown". Lines without their own ref
   * in the report are rows "ref#2"; the report prints 1.11's Locality line under ref 1.12.
   */
  private static final Map<String, String> LINES = Map.ofEntries(
      Map.entry("1.1", "1.1|early-help-contacts|"),
      Map.entry("1.2", "1.2|initial-contacts-in-scope|"),
      Map.entry("1.3", "1.3|initial-contacts-within-3-days|"),
      Map.entry("1.4", "1.4|assessments-in-scope|"),
      Map.entry("1.5", "1.5|assessments-within-45-days|"),
      Map.entry("1.6", "1.6|assessments-by-partners|"),
      Map.entry("1.7", "1.7|open-early-help-cases|Families"),
      Map.entry("1.7#2", "1.7|open-early-help-cases|Children"),
      Map.entry("1.8", "1.8|families-closed|"),
      Map.entry("1.9", "1.9|early-help-re-referrals|"),
      Map.entry("1.9#2", "1.9|early-help-re-referral-rate|"),
      Map.entry("1.10", "1.10|step-downs-agreed|Families"),
      Map.entry("1.10#2", "1.10|step-downs-agreed|Children"),
      Map.entry("1.11", "1.11|step-downs-by-route|Duty"),
      Map.entry("1.12", "1.11|step-downs-by-route|Locality"),
      Map.entry("1.12#2", "1.12|joint-handover-visits-in-time|Duty"),
      Map.entry("1.13", "1.13|step-ups-to-social-care|Families"),
      Map.entry("1.13#2", "1.13|step-ups-to-social-care|Children"),
      Map.entry("2.1", "2.1|childrens-centre-registration|"),
      Map.entry("2.2", "2.2|childrens-centre-activity|"),
      Map.entry("2.3", "2.3|activity-not-known-annual|"),
      Map.entry("2.3#2", "2.3|activity-not-known|"),
      Map.entry("2.4", "2.4|neet-annual|"),
      Map.entry("2.4#2", "2.4|neet|"),
      Map.entry("2.5", "2.5|neet-or-not-known-annual|"),
      Map.entry("2.5#2", "2.5|neet-or-not-known|"),
      Map.entry("2.6", "2.6|looked-after-neet|"),
      Map.entry("2.6#2", "2.6|looked-after-neet-rate|"),
      Map.entry("2.7", "2.7|looked-after-activity-not-known|"),
      Map.entry("2.7#2", "2.7|looked-after-activity-not-known-rate|"),
      Map.entry("2.8", "2.8|duty-to-participate|"),
      Map.entry("2.9", "2.9|youth-sessions|"),
      Map.entry("3.1", "3.1|supporting-families-engaged|"),
      Map.entry("3.2", "3.2|supporting-families-target-achieved|"),
      Map.entry("3.3", "3.3|pbr-employment-outcomes|"),
      Map.entry("3.4", "3.4|pbr-progress-outcomes|"),
      Map.entry("4.1", "4.1|youth-first-time-entrants-rate|"),
      Map.entry("4.2", "4.2|youth-custody-rate|"),
      Map.entry("4.3", "4.3|youth-reoffending-binary-rate|"),
      Map.entry("4.4", "4.4|youth-reoffending-frequency-rate|"),
      Map.entry("4.5", "4.5|yot-programme-contacts|"),
      Map.entry("4.6", "4.6|parenting-programmes-delivered|"),
      Map.entry("4.7", "4.7|families-attending-parenting-programmes|"),
      Map.entry("4.8", "4.8|parenting-programme-completion|"),
      Map.entry("4.9", "4.9|fgc-referrals-received|Families"),
      Map.entry("4.9#2", "4.9|fgc-referrals-received|Children"),
      Map.entry("4.10", "4.10|fgc-referrals-accepted|Families"),
      Map.entry("4.10#2", "4.10|fgc-referrals-accepted|Children"),
      Map.entry("4.11", "4.11|fgc-referrals-awaiting-allocation|Families"),
      Map.entry("4.11#2", "4.11|fgc-referrals-awaiting-allocation|Children"),
      Map.entry("4.12", "4.12|fgcs-held|Families"),
      Map.entry("4.12#2", "4.12|fgcs-held|Children"),
      Map.entry("4.13", "4.13|fgcs-within-20-days|"),
      Map.entry("4.13#2", "4.13|fgcs-within-20-days-rate|"),
      Map.entry("4.14", "4.14|fgc-reviews-held|"),
      Map.entry("4.15", "4.15|fgc-initial-contacts-due|"),
      Map.entry("4.16", "4.16|fgc-initial-contacts-in-time|"),
      Map.entry("4.16#2", "4.16|fgc-initial-contacts-in-time-rate|"),
      Map.entry("4.17", "4.17|fgc-conversions|"),
      Map.entry("4.17#2", "4.17|fgc-conversion-rate|"),
      Map.entry("4.18", "4.18|fgc-open-cases|"),
      Map.entry("4.19", "4.19|fgc-cases-closed|"),
      Map.entry("5.1", "5.1|positive-family-feedback|"),
      Map.entry("5.2", "5.2|early-help-complaints|"),
      Map.entry("5.3", "5.3|early-help-complaints-upheld|"),
      Map.entry("5.4", "5.4|early-help-complaints-in-time|"),
      Map.entry("5.5", "5.5|early-help-compliments|"),
      Map.entry("5.6", "5.6|team-manager-audits|"));

  /** Seed figures the pack deliberately does not reproduce, by row: "month:YYYY-MM" or a field. */
  private static final Map<String, Set<String>> SKIPPED = Map.ofEntries(
      // The 2020/21 cell (88.9%) and the thresholds on this count belong to the unprinted
      // % of initial contacts in 3 working days (455/512); the pack prints 1.4's own 2020/21 count.
      Map.entry("1.4", Set.of("previous_year")),
      // Snapshots at year end print the March position as the outturn; the report prints '-' on
      // these lines (but 5.9 on 2.5's monthly line, the same kind of measure).
      Map.entry("2.3#2", Set.of("ytd")),
      Map.entry("2.4#2", Set.of("ytd")),
      Map.entry("2.6", Set.of("ytd")),
      Map.entry("2.6#2", Set.of("ytd")),
      Map.entry("2.7", Set.of("ytd")),
      Map.entry("2.7#2", Set.of("ytd")),
      Map.entry("2.8", Set.of("ytd")),
      Map.entry("4.11", Set.of("ytd")),
      Map.entry("4.11#2", Set.of("ytd")),
      Map.entry("4.18", Set.of("ytd")),
      // The target (437) is for 3.3 and 3.4 combined, which tolerances cannot express: no RAG.
      Map.entry("3.3", Set.of("rag_year")),
      Map.entry("3.4", Set.of("rag_year")));

  private static JsonNode seed;
  private static Map<String, String[]> csv;

  @BeforeAll
  static void buildThePack() throws IOException {
    seed = GoldenPacks.seedTable("early-help-2022-03.json");
    // issued on 18 May 2022: the extracts taken by then, and the benchmarks current then, not the ones the
    // Members report of 2023 prints
    Workspace ws = GoldenPacks.bundledWorkspace(Optional.of(ISSUED));
    csv = GoldenPacks.csvOf(new PackCalculation(ws, Optional.of(ISSUED)).pack(ws.templates().get("early-help"), MARCH_2022,
        Instant.parse("2022-05-18T00:00:00Z")));
  }

  private static String[] printed(String line, String field, String period) {
    return csv.get(line + "|" + field + "|" + period);
  }

  @Test
  void earlyHelpMarch2022MatchesThePublishedScorecard() {
    List<String> mismatches = new ArrayList<>();
    int checked = 0;
    for (JsonNode row : seed.get("rows")) {
      String id = row.get("row_id").asText();
      String line = LINES.get(id);
      assertThat(line).as("the pack line of seed row " + id).isNotNull();
      Set<String> skipped = SKIPPED.getOrDefault(id, Set.of());
      var months = row.get("months").properties().iterator();
      while (months.hasNext()) {
        var m = months.next();
        if (!m.getValue().isNumber() || skipped.contains("month:" + m.getKey())) {
          continue;
        }
        checked++;
        String[] got = printed(line, "month", m.getKey());
        if (got == null || !GoldenPacks.sameNumber(got[1], m.getValue().decimalValue())) {
          mismatches.add(id + " " + m.getKey() + ": seed " + m.getValue() + ", pack " + GoldenPacks.shown(got));
        }
      }
      JsonNode outturn = row.get("ytd_or_outturn");
      if (!outturn.isNull() && !skipped.contains("ytd")) {
        checked++;
        String[] got = printed(line, "outturn", "2022-03");
        if (outturn.isNumber() ? got == null || !GoldenPacks.sameNumber(got[1], outturn.decimalValue())
            : got != null && !got[1].equals("-")) {
          mismatches.add(id + " outturn: seed " + outturn + ", pack " + GoldenPacks.shown(got));
        }
      }
      JsonNode previous = row.get("previous_year");
      if (previous.isNumber() && !skipped.contains("previous_year")) {
        checked++;
        String[] got = printed(line, "previous_year", "2022-03");
        if (got == null || !GoldenPacks.sameNumber(got[1], previous.decimalValue())) {
          mismatches.add(id + " 2020/21: seed " + previous + ", pack " + GoldenPacks.shown(got));
        }
      }
      for (String field : List.of("dot_month", "rag_month", "dot_year", "rag_year")) {
        if (row.path("checks").path(field + "_consistent").asBoolean(false) && !skipped.contains(field)) {
          checked++;
          String[] got = printed(line, field, "2022-03");
          if (got == null || !got[0].equals(row.get(field).asText())) {
            mismatches.add(id + " " + field + ": seed " + row.get(field).asText() + ", pack " + GoldenPacks.shown(got));
          }
        }
      }
    }
    assertThat(mismatches).as("figures checked: " + checked).isEmpty();
    assertThat(checked).isGreaterThanOrEqualTo(330);
  }

  @Test
  void annualLinesPrintTheirFigureInJanuaryWhenPublishedAndAgainInMarch() {
    // Issue 15, point 4: 2.3-2.5's annual figures (published each January) and the report's DOT (month),
    // one cell merged over the annual and monthly lines, which follows the monthly line.
    Map<String, String[]> annual = Map.of("2.3", new String[] {"activity-not-known", "1.3%"},
        "2.4", new String[] {"neet", "3.6%"}, "2.5", new String[] {"neet-or-not-known", "4.9%"});
    annual.forEach((ref, expected) -> {
      String line = ref + "|" + expected[0] + "-annual|";
      assertThat(printed(line, "month", "2022-01")[1]).as(ref).isEqualTo(expected[1]);
      assertThat(printed(line, "month", "2022-02")[1]).as(ref).isEqualTo("-");
      assertThat(printed(line, "month", "2022-03")[1]).as(ref).isEqualTo(expected[1]);
      assertThat(printed(line, "dot_month", "2022-03")).as(ref)
          .isEqualTo(printed(ref + "|" + expected[0] + "|", "dot_month", "2022-03"));
    });
    // the monthly lines rose Feb → Mar (1.4% → 2.0%, 3.8% → 4.0%, 5.1% → 5.9%), as the merged cell's ↑ says
    assertThat(printed("2.3|activity-not-known-annual|", "dot_month", "2022-03")[0]).isEqualTo("up");
  }

  @Test
  void arrowsThatContradictTheirNumbersFollowTheNumbers() {
    // The report prints 1.10 Children ↓ for 61 → 89 and 3.3 → for 0 → 2.
    assertThat(printed("1.10|step-downs-agreed|Children", "dot_month", "2022-03")[0]).isEqualTo("up");
    assertThat(printed("3.3|pbr-employment-outcomes|", "dot_month", "2022-03")[0]).isEqualTo("up");
  }

  @Test
  void untargetedRowsGetNoRagWhereTheReportDefaultsToGreen() {
    // The report's status column prints Green on 4.2-4.19 and 5.2-5.6, which have no tolerances.
    for (String line : List.of("4.2|youth-custody-rate|", "4.9|fgc-referrals-received|Families",
        "4.16|fgc-initial-contacts-in-time-rate|", "5.2|early-help-complaints|",
        "5.4|early-help-complaints-in-time|")) {
      assertThat(printed(line, "rag_month", "2022-03")).as(line).isNull();
      assertThat(printed(line, "rag_year", "2022-03")).as(line).isNull();
    }
    assertThat(printed("4.8|parenting-programme-completion|", "rag_year", "2022-03")[0]).isEqualTo("red");
    assertThat(printed("5.1|positive-family-feedback|", "rag_year", "2022-03")[0]).isEqualTo("amber");
  }

  @Test
  void quarterlyLinesPrintTheirFigureOnTheQuarterEndOnly() {
    assertThat(printed("4.6|parenting-programmes-delivered|", "month", "2022-02")[1]).isEqualTo("-");
    assertThat(printed("4.6|parenting-programmes-delivered|", "month", "2022-03")[1]).isEqualTo("6");
    // Q3 (December) had more programmes than Q4: the report's ↓ compares quarters.
    assertThat(printed("4.6|parenting-programmes-delivered|", "dot_month", "2022-03")[0]).isEqualTo("down");
    // Labelled "Rate per 10,000" in the report but printed per 100,000, as the pack defines it.
    // A lagged measure prints the months its figure describes. March 2022's first time entrants were not
    // published by 18 May, so the outturn is December 2021's rate, for October 2020 to September 2021.
    assertThat(printed("4.1|youth-first-time-entrants-rate|", "month", "2022-03")[1]).isEqualTo("-");
    assertThat(printed("4.1|youth-first-time-entrants-rate|", "outturn", "2022-03"))
        .containsExactly("225", "225 (Oct20–Sep21)", "2020-10/2021-09");
  }
}
