package scorepack.definition;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import scorepack.diagnostic.Diagnostic;
import scorepack.diagnostic.Diagnostics;
import scorepack.engine.SpcPlan;
import scorepack.engine.SpcSettings;

/** The process-control settings in scorepack.yaml and an indicator's overrides and rebases (issue 14). */
class SpcSettingsYamlTest {
  private final Diagnostics diagnostics = new Diagnostics();

  private Settings workspace(String yaml) {
    return new SettingsLoader(diagnostics).load(new StringReader(yaml), "scorepack.yaml");
  }

  private List<DefinedIndicator> indicators(SpcSettings workspace, String spcLines) {
    String yaml = """
        indicators:
          - id: reviews
            title: Reviews
            unit: percent
            polarity: high
            timeline: monthly
            behaviour: ratio
        """ + spcLines;
    return new IndicatorDefinitionLoader(diagnostics, workspace).load(new StringReader(yaml), "indicators/test.yaml");
  }

  private List<String> messages() {
    return diagnostics.sorted().stream().map(Diagnostic::toString).toList();
  }

  @Test
  void withoutAnSpcBlockTheSettingsAreMakingDataCounts() {
    assertThat(workspace("authority: Exampleshire\n").spc()).isEqualTo(SpcSettings.defaults());
    assertThat(Settings.defaults().spc()).isEqualTo(SpcSettings.defaults());
    assertThat(indicators(SpcSettings.defaults(), "").get(0).definition().spc()).isEqualTo(SpcPlan.defaults());
    assertThat(messages()).isEmpty();
  }

  @Test
  void scorepackYamlSetsEverySetting() {
    Settings s = workspace("""
        spc:
          minimum_points: 15
          baseline_points: 20
          screen_moving_ranges: true
          shift_points: 8
          trend_points: 6
        """);
    assertThat(messages()).isEmpty();
    assertThat(s.spc()).isEqualTo(new SpcSettings(15, 20, 8, 6, true));
  }

  @Test
  void anIndicatorChangesSomeSettingsAndKeepsTheWorkspacesOthers() {
    SpcSettings ws = new SpcSettings(15, 20, 8, 6, true);
    SpcPlan plan = indicators(ws, """
            spc:
              baseline_points: 24
              rebase: [2022-04, 2021-01]
        """).get(0).definition().spc();
    assertThat(messages()).isEmpty();
    assertThat(plan.settings()).isEqualTo(new SpcSettings(15, 24, 8, 6, true));
    assertThat(plan.rebases()).containsExactly(YearMonth.of(2021, 1), YearMonth.of(2022, 4));
    assertThat(indicators(ws, "").get(0).definition().spc().settings()).isEqualTo(ws);
  }

  @Test
  void aSingleRebaseMonthNeedsNoList() {
    SpcPlan plan = indicators(SpcSettings.defaults(), "    spc: { rebase: 2022-04 }\n").get(0).definition().spc();
    assertThat(plan.rebases()).containsExactly(YearMonth.of(2022, 4));
  }

  @Test
  void badSettingsAreReportedWhereTheyAre() {
    workspace("""
        spc:
          baseline_points: 1
          trend_points: 2
          screen_moving_ranges: sometimes
          shift_point: 7
        """);
    assertThat(messages()).containsExactly(
        "scorepack.yaml:2:20: error: spc.baseline_points: expected a whole number from 2 to 120, found '1'",
        "scorepack.yaml:3:17: error: spc.trend_points: expected a whole number from 3 to 120, found '2'",
        "scorepack.yaml:4:25: error: spc.screen_moving_ranges: expected one of false, true, found 'sometimes'",
        "scorepack.yaml:5:3: error: spc.shift_point: unknown key 'shift_point' (did you mean 'shift_points'?);"
            + " expected one of baseline_points, minimum_points, screen_moving_ranges, shift_points, trend_points");
  }

  @Test
  void aRebaseIsAMonthAndOnlyIndicatorsHaveOne() {
    indicators(SpcSettings.defaults(), "    spc: { rebase: [April 2022] }\n");
    workspace("spc: { rebase: [2022-04] }\n");
    assertThat(messages()).containsExactly(
        "indicators/test.yaml:8:21: error: indicators[0].spc.rebase[0]: expected the month the chart starts afresh"
            + " as YYYY-MM, found 'April 2022'",
        "scorepack.yaml:1:8: error: spc.rebase: unknown key 'rebase'; expected one of baseline_points,"
            + " minimum_points, screen_moving_ranges, shift_points, trend_points");
  }

  @Test
  void aCumulativeIndicatorHasNoSpcToSet() {
    List<DefinedIndicator> loaded = new IndicatorDefinitionLoader(diagnostics).load(new StringReader("""
        indicators:
          - id: days
            title: Days
            unit: average
            polarity: low
            timeline: monthly
            behaviour: year to date average
            spc: { rebase: 2022-04 }
        """), "indicators/test.yaml");
    assertThat(loaded).isEmpty();
    assertThat(messages()).containsExactly("indicators/test.yaml:8:10: error: indicators[0].spc: a 'year to date"
        + " average' indicator has no process-control chart (docs/rules.md), so 'spc:' would have no effect;"
        + " remove it");
  }
}
