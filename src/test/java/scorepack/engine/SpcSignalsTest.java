package scorepack.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static scorepack.engine.Indicators.n;
import static scorepack.engine.SpcSeries.BASELINE;
import static scorepack.engine.SpcSeries.afterBaseline;
import static scorepack.engine.SpcSeries.chart;
import static scorepack.engine.SpcSeries.repeat;
import static scorepack.engine.SpcSeries.series;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SpcSignalsTest {
  @Test
  void fewerThanTwelvePointsHaveNoChart() {
    assertThat(SpcSignals.of(series("9 11 9 11 9 11 9 11 9 11 9"), Polarity.HIGH, Optional.empty())).isEmpty();
    assertThat(SpcSignals.of(series(BASELINE), Polarity.HIGH, Optional.empty())).isPresent();
  }

  @Test
  void theMinimumIsASetting() {
    SpcSettings eight = SpcSettings.defaults().withMinimumPoints(8);
    SpcResult r = SpcSignals.of(series("9 11 9 11 9 11 9 11"), Polarity.HIGH, Optional.empty(), eight).orElseThrow();
    assertThat(r.chart().baselinePoints()).isEqualTo(8);
    assertThat(SpcSignals.of(series("9 11 9 11 9 11 9"), Polarity.HIGH, Optional.empty(), eight)).isEmpty();
  }

  @Test
  void theResultCarriesTheChart() {
    SpcResult r = chart(series(BASELINE));
    assertThat(r.mean()).isEqualByComparingTo("10");
    assertThat(r.averageMovingRange()).isEqualByComparingTo("2");
    assertThat(r.lowerLimit()).isEqualByComparingTo("4.68");
    assertThat(r.upperLimit()).isEqualByComparingTo("15.32");
    assertThat(r.figures()).hasSize(12);
  }

  @Test
  void aGapInTheSeriesIsRefused() {
    List<BigDecimal> gap = new ArrayList<>(series(BASELINE));
    gap.set(2, null);
    assertThatThrownBy(() -> SpcSignals.of(gap, Polarity.HIGH, Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("figure 3 of 12 is missing");
  }

  @Test
  void tolerancesOfTheOtherPolarityAreRefused() {
    Optional<Tolerance> low = Optional.of(new Tolerance(Polarity.LOW, n("8"), null));
    assertThatThrownBy(() -> SpcSignals.of(series(BASELINE), Polarity.HIGH, low))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("low-is-good");
  }

  @Test
  void theDefaultsAreMakingDataCounts() {
    assertThat(SpcSettings.defaults()).isEqualTo(new SpcSettings(12, 12, 7, 7, false));
  }

  @Test
  void nonsenseSettingsAreRefused() {
    assertThatThrownBy(() -> SpcSettings.defaults().withMinimumPoints(1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("minimumPoints must be at least 2");
    assertThatThrownBy(() -> SpcSettings.defaults().withBaselinePoints(1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SpcSettings.defaults().withShiftLength(1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SpcSettings.defaults().withTrendLength(2))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("trendLength must be at least 3");
  }

  @Test
  void describeAShiftAsTheBriefDoes() {
    // 91, 93, … ×6: mean 92, average moving range 2, limits 86.68 to 97.32; then 92 (on the mean)
    // and seven of 91.5 below it.
    List<BigDecimal> s = series("91 93 91 93 91 93 91 93 91 93 91 93 92", repeat("91.5", 7));
    Tolerance t = new Tolerance(Polarity.HIGH, n("95"), n("87"));
    SpcResult r = SpcSignals.of(s, Polarity.HIGH, Optional.of(t)).orElseThrow();
    assertThat(r.describe(Unit.PERCENT, 1)).isEqualTo("Special cause concern: the last 7 points are below the mean "
        + "of 92.0% (limits 86.7% to 97.3%); the target of 95% is hit and miss.");
  }

  @Test
  void describeCommonCauseWithoutATarget() {
    assertThat(chart(series(BASELINE)).describe())
        .isEqualTo("Common cause variation: no special cause on the latest point (mean 10.0, limits 4.7 to 15.3).");
  }

  @Test
  void describeCountsWithThousands() {
    SpcResult r = chart(series("1000 1200 1000 1200 1000 1200 1000 1200 1000 1200 1000 1200"), Polarity.LOW);
    assertThat(r.describe(Unit.COUNT, 0))
        .isEqualTo("Common cause variation: no special cause on the latest point (mean 1,100, limits 568 to 1,632).");
  }

  @Test
  void describeAPointOutsideTheLimitsOfAnInformationOnlyMeasure() {
    assertThat(chart(afterBaseline("16"), Polarity.INFO).describe()).isEqualTo("Special cause variation, neither "
        + "improvement nor concern: the latest point, 16.0, is above the upper limit (mean 10.0, limits 4.7 to 15.3).");
  }

  @Test
  void describeATrendAgainstATarget() {
    Optional<Tolerance> t = Optional.of(new Tolerance(Polarity.HIGH, n("4"), null));
    SpcResult r = SpcSignals.of(afterBaseline("8 8.5 9 9.5 10.5 11 11.5"), Polarity.HIGH, t).orElseThrow();
    assertThat(r.describe()).isEqualTo("Special cause improvement: the last 7 points are rising "
        + "(mean 10.0, limits 4.7 to 15.3); the target of 4 is consistently met.");
    // The Variation column's own sentence leaves the target to the Assurance column's.
    assertThat(r.describeVariation(Unit.NUMBER, 1)).isEqualTo("Special cause improvement: the last 7 points are"
        + " rising (mean 10.0, limits 4.7 to 15.3).");
  }

  @Test
  void describeTwoOfThreeCloseToALimit() {
    Optional<Tolerance> t = Optional.of(new Tolerance(Polarity.LOW, n("3.5"), null));
    SpcResult r = SpcSignals.of(afterBaseline("11 14 14"), Polarity.LOW, t).orElseThrow();
    assertThat(r.describe()).isEqualTo("Special cause concern: 2 of the last 3 points are close to the upper limit "
        + "(mean 10.0, limits 4.7 to 15.3); the target of 3.5 is consistently missed.");
    assertThat(chart(afterBaseline("11 16 14")).describe()).startsWith(
        "Special cause improvement: 2 of the last 3 points are close to or beyond the upper limit");
  }

  @Test
  void describeTheAssuranceAloneForItsOwnColumn() {
    // Limits 4.7 to 15.3 (mean 10.0): a low-is-good target of 3.5 lies below the better limit, so
    // no value between the limits meets it; a high-is-good 4 lies below the worse limit, so every value does.
    SpcResult missed = SpcSignals.of(afterBaseline("11 14 14"), Polarity.LOW,
        Optional.of(new Tolerance(Polarity.LOW, n("3.5"), null))).orElseThrow();
    assertThat(missed.describeAssurance(Unit.NUMBER, 1)).contains("The target of 3.5 is consistently missed: no value"
        + " between the limits, 4.7 to 15.3, would meet it.");
    SpcResult met = SpcSignals.of(afterBaseline("8 8.5 9 9.5 10.5 11 11.5"), Polarity.HIGH,
        Optional.of(new Tolerance(Polarity.HIGH, n("4"), null))).orElseThrow();
    assertThat(met.describeAssurance(Unit.NUMBER, 1)).contains("The target of 4 is consistently met: every value"
        + " between the limits, 4.7 to 15.3, would meet it.");
    // 12 lies between 4.7 and 15.3.
    SpcResult between = SpcSignals.of(afterBaseline("11"), Polarity.HIGH,
        Optional.of(new Tolerance(Polarity.HIGH, n("12"), null))).orElseThrow();
    assertThat(between.describeAssurance(Unit.NUMBER, 1)).contains("The target of 12 is hit and miss: it lies between"
        + " the limits, 4.7 to 15.3, so some periods will meet it and others will not.");
    assertThat(chart(afterBaseline("11")).describeAssurance(Unit.NUMBER, 1)).isEmpty();
  }

  @Test
  void describeEverySignalOnAPointFlaggedBothWays() {
    assertThat(chart(afterBaseline("10 7 7.5 8 8.5 9 9.5 9.75")).describe()).isEqualTo("Special cause concern: "
        + "the last 7 points are below the mean of 10.0 and the last 7 points are rising (limits 4.7 to 15.3).");
  }

  @Test
  void describeALongRunByItsLength() {
    assertThat(chart(afterBaseline("10 " + repeat("10.5", 9))).describe())
        .startsWith("Special cause improvement: the last 9 points are above the mean of 10.0");
  }

  @Test
  void aResultWhoseVariationContradictsItsFlagsIsRefused() {
    SpcResult r = chart(afterBaseline("16"));
    assertThatThrownBy(() -> new SpcResult(r.figures(), r.polarity(), r.chart(), r.flags(), Variation.COMMON,
        Optional.empty(), Optional.empty(), Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("does not follow");
  }
}
