package scorepack.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static scorepack.engine.SpcSeries.BASELINE;
import static scorepack.engine.SpcSeries.series;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class XmrChartTest {
  private static final BigDecimal TINY = new BigDecimal("1e-12");

  @Test
  void limitsAreTheMeanPlusOrMinus266AverageMovingRanges() {
    // 9, 11, … ×6: mean 120 / 12 = 10; eleven moving ranges of 2, so 2; limits 10 ± 5.32.
    XmrChart c = XmrChart.of(series(BASELINE), 12, false);
    assertThat(c.mean()).isEqualByComparingTo("10");
    assertThat(c.averageMovingRange()).isEqualByComparingTo("2");
    assertThat(c.lowerLimit()).isEqualByComparingTo("4.68");
    assertThat(c.upperLimit()).isEqualByComparingTo("15.32");
    // Two thirds of 5.32 is 3.5466…
    assertThat(c.upperNearLimit()).isCloseTo(new BigDecimal("13.546666666666667"), within(TINY));
    assertThat(c.lowerNearLimit()).isCloseTo(new BigDecimal("6.453333333333333"), within(TINY));
    assertThat(c.baselinePoints()).isEqualTo(12);
  }

  @Test
  void onlyTheBaselineFixesTheLimits() {
    XmrChart c = XmrChart.of(series(BASELINE, "30 31 32"), 12, false);
    assertThat(c.mean()).isEqualByComparingTo("10");
    assertThat(c.upperLimit()).isEqualByComparingTo("15.32");
  }

  @Test
  void aShortSeriesUsesEveryPoint() {
    // 1, 3, 1, 3 with a baseline of 12: mean 2, ranges 2, 2, 2, limits 2 ± 5.32.
    XmrChart c = XmrChart.of(series("1 3 1 3"), 12, false);
    assertThat(c.baselinePoints()).isEqualTo(4);
    assertThat(c.mean()).isEqualByComparingTo("2");
    assertThat(c.lowerLimit()).isEqualByComparingTo("-3.32");
  }

  @Test
  void theBaselineLengthIsASetting() {
    // First 4 points 1, 3, 1, 3: mean 2, average moving range 2; the 10s after them do not count.
    SpcSettings four = SpcSettings.defaults().withMinimumPoints(6).withBaselinePoints(4);
    SpcResult r = SpcSignals.of(series("1 3 1 3 10 10"), Polarity.HIGH, Optional.empty(), four).orElseThrow();
    assertThat(r.mean()).isEqualByComparingTo("2");
    assertThat(r.upperLimit()).isEqualByComparingTo("7.32");
    assertThat(r.flagged(SpcRule.OUTSIDE_LIMITS)).containsExactly(4, 5);
  }

  @Test
  void aFlatBaselineHasLimitsOnTheMean() {
    XmrChart c = XmrChart.of(series("5 5 5 5"), 12, true);
    assertThat(c.averageMovingRange()).isEqualByComparingTo("0");
    assertThat(c.lowerLimit()).isEqualByComparingTo("5");
    assertThat(c.upperLimit()).isEqualByComparingTo("5");
  }

  @Test
  void screeningLeavesOutlyingMovingRangesOutOfTheAverage() {
    // The data of the NHSRplotthedots vignette "Deviations from Excel defaults" (screen_outliers).
    // Sum 35 over 18 points: mean 1.944…; moving ranges 1, 1, 1, 8, 9 and twelve 1s: 32 / 17 = 1.882….
    List<BigDecimal> data = series("1 2 1 2 10 1 2 1 2 1 2 1 2 1 2 1 2 1");
    XmrChart excel = XmrChart.of(data, 18, false);
    assertThat(excel.mean()).isCloseTo(new BigDecimal("1.944444444444444"), within(TINY));
    assertThat(excel.averageMovingRange()).isCloseTo(new BigDecimal("1.882352941176471"), within(TINY));
    assertThat(excel.upperLimit().setScale(2, RoundingMode.HALF_UP)).isEqualByComparingTo("6.95");
    assertThat(excel.lowerLimit().setScale(2, RoundingMode.HALF_UP)).isEqualByComparingTo("-3.06");
    // 3.267 × 1.882 = 6.15: the ranges 8 and 9 are left out, leaving fifteen 1s; limits 1.944 ± 2.66.
    XmrChart screened = XmrChart.of(data, 18, true);
    assertThat(screened.averageMovingRange()).isEqualByComparingTo("1");
    assertThat(screened.upperLimit().setScale(2, RoundingMode.HALF_UP)).isEqualByComparingTo("4.60");
    assertThat(screened.lowerLimit().setScale(2, RoundingMode.HALF_UP)).isEqualByComparingTo("-0.72");
  }

  @Test
  void nhspyPlotTheDotsMixedInputExample() {
    // nhs-pycom/nhspy-plotthedots, tests/unittests/test_limits_calculations.py, test_mixed_input:
    // expected (mean, lpl, upl, nlpl, nupl) = (3.0, -0.014666…, 6.014666…, 0.990222…, 5.009777…).
    // By hand: sum 48 / 16 = 3; moving ranges fourteen 1s and one 3 = 17 / 15 = 1.1333…; × 2.66 = 3.014666….
    XmrChart c = XmrChart.of(series("1 2 3 2 1 2 3 4 5 6 7 4 3 2 1 2"), 16, false);
    assertThat(c.mean()).isEqualByComparingTo("3");
    assertThat(c.lowerLimit()).isCloseTo(new BigDecimal("-0.014666666666666828"), within(new BigDecimal("1e-9")));
    assertThat(c.upperLimit()).isCloseTo(new BigDecimal("6.014666666666667"), within(new BigDecimal("1e-9")));
    assertThat(c.lowerNearLimit()).isCloseTo(new BigDecimal("0.9902222222222221"), within(new BigDecimal("1e-9")));
    assertThat(c.upperNearLimit()).isCloseTo(new BigDecimal("5.009777777777778"), within(new BigDecimal("1e-9")));
  }

  @Test
  void nhsrPlotTheDotsSnapshotIsTwentyCommonCausePoints() {
    // NHSRplotthedots (CRAN), tests/testthat/_snaps/ptd_spc_standard.md and ptd_spc.md: set.seed(123);
    // y = rnorm(20) charted whole gives mean 0.142, lpl -3.01, upl 3.29 and 20 common-cause points.
    List<BigDecimal> y = series("-0.56047565 -0.23017749 1.55870831 0.07050839 0.12928774 1.71506499 "
        + "0.46091621 -1.26506123 -0.68685285 -0.44566197 1.22408180 0.35981383 0.40077145 0.11068272 "
        + "-0.55584113 1.78691314 0.49785048 -1.96661716 0.70135590 -0.47279141");
    // The values as the snapshot prints them (three significant figures), to check the series above.
    List<BigDecimal> printed = series("-0.560 -0.230 1.56 0.0705 0.129 1.72 0.461 -1.27 -0.687 -0.446 "
        + "1.22 0.360 0.401 0.111 -0.556 1.79 0.498 -1.97 0.701 -0.473");
    for (int i = 0; i < y.size(); i++) {
      assertThat(y.get(i).round(new MathContext(3))).isEqualByComparingTo(printed.get(i));
    }
    SpcSettings whole = SpcSettings.defaults().withBaselinePoints(20).withScreenMovingRanges(true);
    SpcResult r = SpcSignals.of(y, Polarity.HIGH, Optional.empty(), whole).orElseThrow();
    assertThat(r.mean().setScale(3, RoundingMode.HALF_UP)).isEqualByComparingTo("0.142");
    assertThat(r.lowerLimit().setScale(2, RoundingMode.HALF_UP)).isEqualByComparingTo("-3.01");
    assertThat(r.upperLimit().setScale(2, RoundingMode.HALF_UP)).isEqualByComparingTo("3.29");
    assertThat(r.flags()).isEmpty();
    assertThat(r.variation()).isEqualTo(Variation.COMMON);
  }
}
