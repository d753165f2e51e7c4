package scorepack.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static scorepack.engine.Indicators.n;
import static scorepack.engine.SpcSeries.BASELINE;
import static scorepack.engine.SpcSeries.series;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Assurance against the green bound, on the baseline with limits 4.68 to 15.32. */
class SpcAssuranceTest {
  private static Optional<Assurance> assurance(Polarity polarity, String green, String amber) {
    Tolerance t = new Tolerance(polarity, n(green), amber == null ? null : n(amber));
    return SpcSignals.of(series(BASELINE), polarity, Optional.of(t)).orElseThrow().assurance();
  }

  @ParameterizedTest(name = "high is good, target {0}: {1}")
  @CsvSource({
      "3, PASS",
      "4.68, PASS", // the lower limit is at the target, and a figure at the target is green
      "4.69, HIT_AND_MISS",
      "10, HIT_AND_MISS",
      "15.32, HIT_AND_MISS", // a figure at the upper limit would just be green
      "15.33, FAIL",
      "20, FAIL"})
  void highIsGood(String target, Assurance expected) {
    assertThat(assurance(Polarity.HIGH, target, null)).contains(expected);
  }

  @ParameterizedTest(name = "low is good, target {0}: {1}")
  @CsvSource({
      "20, PASS",
      "15.33, PASS",
      "15.32, HIT_AND_MISS", // green is strictly below the target, and the upper limit is not
      "10, HIT_AND_MISS",
      "4.69, HIT_AND_MISS",
      "4.68, FAIL", // even the lower limit is not below the target
      "3, FAIL"})
  void lowIsGood(String target, Assurance expected) {
    assertThat(assurance(Polarity.LOW, target, null)).contains(expected);
  }

  @Test
  void onlyTheGreenBoundIsTheTarget() {
    assertThat(assurance(Polarity.HIGH, "4", "3")).contains(Assurance.PASS);
    assertThat(assurance(Polarity.LOW, "16", "17")).contains(Assurance.PASS);
  }

  @Test
  void withoutTolerancesThereIsNoTargetAndNoAssurance() {
    SpcResult r = SpcSignals.of(series(BASELINE), Polarity.HIGH, Optional.empty()).orElseThrow();
    assertThat(r.assurance()).isEmpty();
    assertThat(r.target()).isEmpty();
    assertThat(SpcSignals.of(series(BASELINE), Polarity.INFO, Optional.empty()).orElseThrow().assurance()).isEmpty();
  }

  @Test
  void theTargetIsTheGreenBound() {
    Tolerance t = new Tolerance(Polarity.HIGH, n("95"), n("87"));
    SpcResult r = SpcSignals.of(series(BASELINE), Polarity.HIGH, Optional.of(t)).orElseThrow();
    assertThat(r.target()).contains(n("95"));
    assertThat(r.assurance()).contains(Assurance.FAIL);
  }

  @Test
  void codesAreWhatTheCsvWrites() {
    assertThat(Assurance.PASS.code()).isEqualTo("pass");
    assertThat(Assurance.FAIL.code()).isEqualTo("fail");
    assertThat(Assurance.HIT_AND_MISS.code()).isEqualTo("hit_and_miss");
  }

  @ParameterizedTest(name = "limits say {0}, line rated {1}: {2}")
  @CsvSource({
      // High is good on limits 4.68 to 15.32: a target of 3 passes, 20 fails, 10 is hit and miss.
      "3, GREEN, PASS",
      "3, AMBER, NOT_ASSESSED", // "consistently met" beside an Amber would contradict the table
      "3, RED, NOT_ASSESSED",
      "3, GREEN RED, NOT_ASSESSED", // the month is Green but the year end Red
      "20, RED, FAIL",
      "20, AMBER, FAIL",
      "20, GREEN, NOT_ASSESSED", // "consistently missed" beside a Green
      "20, RED GREEN, NOT_ASSESSED",
      "10, RED, HIT_AND_MISS",
      "10, GREEN, HIT_AND_MISS",
      "3, '', PASS", // no rating (no figure to rate) contradicts nothing
  })
  void aPassOrFailStandsOnlyWhereTheLinesRatingsAgree(String target, String ratings, Assurance expected) {
    XmrChart chart = XmrChart.of(series(BASELINE), 12, false);
    Set<Rag> rags = EnumSet.noneOf(Rag.class);
    for (String r : ratings.split(" ")) {
      if (!r.isEmpty()) {
        rags.add(Rag.valueOf(r));
      }
    }
    Tolerance t = new Tolerance(Polarity.HIGH, n(target), null);
    assertThat(Assurance.of(chart, Optional.of(t), rags)).contains(expected);
  }

  @Test
  void aWithheldAssuranceSaysWhyInItsSentence() {
    assertThat(Assurance.NOT_ASSESSED.code()).isEqualTo("not_assessed");
    assertThat(Assurance.NOT_ASSESSED.words())
        .isEqualTo("not assessed, as the line's own rating contradicts the limits");
  }
}
