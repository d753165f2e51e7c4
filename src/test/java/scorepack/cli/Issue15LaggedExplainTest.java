package scorepack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Issue 15, point 2: explain shows a lagged figure's months and a figure not published yet, as the pack prints them. */
class Issue15LaggedExplainTest {
  @Test
  void explainSaysWhenAFigureIsExpectedAndWhichMonthsEachFigureDescribes() {
    CliRun run = CliRun.of("explain", "youth-reoffending-binary-rate", "--period", "2023-03", "--workspace", ".");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains(
        "Mar 2023: Available in May (not published yet: a figure is published 2 month(s) after its period ends,"
            + " as indicators/early-help.yaml says)",
        "Outturn: 19.8%",
        "rule: Rolling 12 months to Dec 2022 = Σnumerator / Σdenominator × 100 = 32 / 162 (describes Apr20–Mar21)",
        "DOT (Yr on Yr): n/a (no figure for the same months a year earlier (Apr19–Mar20) to compare with)");
  }
}
