package scorepack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Issue 14, point 11: what explain says of process control in the bundled workspace. */
class Issue14ProcessControlTest {
  @Test
  void aYearToDateAverageHasNoProcessControlBesideItsRed() {
    CliRun run = CliRun.of("explain", "days-to-adoption-placement", "--period", "2022-12", "--workspace", ".");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("RAG (month): 552.0 is in the red band (487+): Red",
        "SPC: No process control: each figure averages every month of the year so far")
        .doesNotContain("consistently met", "Special cause");
  }

  @Test
  void explainNamesTheChartsPeriodsAndItsFixedBaseline() {
    CliRun run = CliRun.of("explain", "reviews-in-time", "--period", "2022-12", "--workspace", ".");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("XmR chart of 33 periods, Apr 2020 to Dec 2022, starting with the first of an"
        + " unbroken run of figures; mean and limits fixed from the baseline Apr 2020 to Mar 2021 (12 points).");
    // A month later the baseline is where it was.
    CliRun later = CliRun.of("explain", "reviews-in-time", "--period", "2023-03", "--workspace", ".");
    assertThat(later.out()).contains("XmR chart of 36 periods, Apr 2020 to Mar 2023",
        "fixed from the baseline Apr 2020 to Mar 2021 (12 points)");
  }
}
