package scorepack.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static scorepack.engine.SpcSeries.afterBaseline;
import static scorepack.engine.SpcSeries.chart;
import static scorepack.engine.SpcSeries.repeat;
import static scorepack.engine.SpcSeries.series;

import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every rule on the baseline 9, 11, … (mean 10, limits 4.68 to 15.32, near lines 6.45 and 13.55). */
class SpcRuleTest {
  private static List<Integer> range(int from, int to) {
    return IntStream.rangeClosed(from, to).boxed().toList();
  }

  @ParameterizedTest(name = "{0} after the baseline is outside the limits: {1}")
  @CsvSource({"16, UP", "15.33, UP", "4.67, DOWN", "4, DOWN"})
  void aPointBeyondALimitIsFlagged(String point, Direction direction) {
    SpcResult r = chart(afterBaseline(point));
    assertThat(r.flagged(SpcRule.OUTSIDE_LIMITS)).containsExactly(12);
    assertThat(r.flagsAt(12)).contains(new SpcFlag(SpcRule.OUTSIDE_LIMITS, 12, direction));
  }

  @ParameterizedTest(name = "{0}, exactly on a limit, is inside")
  @CsvSource({"15.32", "4.68"})
  void aPointExactlyOnALimitIsInside(String point) {
    assertThat(chart(afterBaseline(point)).flagged(SpcRule.OUTSIDE_LIMITS)).isEmpty();
  }

  @Test
  void sevenPointsAboveTheMeanAreAShift() {
    // 10 at index 12 sits on the mean and separates the baseline's last 11 from the run of 10.5s.
    SpcResult r = chart(afterBaseline("10 " + repeat("10.5", 7)));
    assertThat(r.flagged(SpcRule.SHIFT)).isEqualTo(range(13, 19));
    assertThat(r.flagsAt(19)).containsExactly(new SpcFlag(SpcRule.SHIFT, 19, Direction.UP));
  }

  @Test
  void sevenPointsBelowTheMeanAreADownwardShift() {
    SpcResult r = chart(afterBaseline("10 " + repeat("9.5", 7)));
    assertThat(r.flagsAt(19)).containsExactly(new SpcFlag(SpcRule.SHIFT, 19, Direction.DOWN));
    assertThat(r.flagged(SpcRule.SHIFT)).isEqualTo(range(13, 19));
  }

  @Test
  void sixPointsAboveTheMeanAreNotAShift() {
    assertThat(chart(afterBaseline("10 " + repeat("10.5", 6))).flags()).isEmpty();
  }

  @Test
  void aPointOnTheMeanBreaksARun() {
    // 3 above, one on the mean, 4 above: two short runs. With 10.5 in its place, one run of 8.
    assertThat(chart(afterBaseline("10 10.5 10.5 10.5 10 10.5 10.5 10.5 10.5")).flags()).isEmpty();
    assertThat(chart(afterBaseline("10 10.5 10.5 10.5 10.5 10.5 10.5 10.5 10.5")).flagged(SpcRule.SHIFT))
        .isEqualTo(range(13, 20));
  }

  @Test
  void theShiftLengthIsASetting() {
    SpcSettings six = SpcSettings.defaults().withShiftLength(6);
    SpcResult r = SpcSignals.of(afterBaseline("10 " + repeat("10.5", 6)), Polarity.HIGH, Optional.empty(), six)
        .orElseThrow();
    assertThat(r.flagged(SpcRule.SHIFT)).isEqualTo(range(13, 18));
  }

  @Test
  void sevenRisingPointsAreATrend() {
    // 11 (index 11) then 8 is a fall, so the rise starts at 8; it straddles the mean, so no shift.
    SpcResult r = chart(afterBaseline("8 8.5 9 9.5 10.5 11 11.5"));
    assertThat(r.flagged(SpcRule.TREND)).isEqualTo(range(12, 18));
    assertThat(r.flagsAt(18)).containsExactly(new SpcFlag(SpcRule.TREND, 18, Direction.UP));
  }

  @Test
  void sevenFallingPointsAreADownwardTrend() {
    SpcResult r = chart(afterBaseline("12 11.5 11 10.5 9.5 9 8.5"));
    assertThat(r.flagged(SpcRule.TREND)).isEqualTo(range(12, 18));
    assertThat(r.flagsAt(18)).containsExactly(new SpcFlag(SpcRule.TREND, 18, Direction.DOWN));
  }

  @Test
  void sixRisingPointsAreNotATrend() {
    assertThat(chart(afterBaseline("8.5 9 9.5 10.5 11 11.5")).flags()).isEmpty();
  }

  @Test
  void twoEqualPointsBreakATrend() {
    // 8, 8.5, 9 then 9 again: a rise of 3 and a rise of 5, neither 7.
    assertThat(chart(afterBaseline("8 8.5 9 9 9.5 10.5 11 11.5")).flags()).isEmpty();
  }

  @Test
  void aPeakBetweenARiseAndAFallIsFlaggedBothWays() {
    SpcResult r = chart(afterBaseline("8 8.5 9 9.5 10.5 11 11.5 11 10.5 9.5 9 8.5 8"));
    assertThat(r.flagged(SpcRule.TREND)).isEqualTo(range(12, 24));
    assertThat(r.flagsAt(18)).containsExactly(
        new SpcFlag(SpcRule.TREND, 18, Direction.UP), new SpcFlag(SpcRule.TREND, 18, Direction.DOWN));
  }

  @Test
  void theTrendLengthIsASetting() {
    SpcSettings six = SpcSettings.defaults().withTrendLength(6);
    SpcResult r = SpcSignals.of(afterBaseline("8.5 9 9.5 10.5 11 11.5"), Polarity.HIGH, Optional.empty(), six)
        .orElseThrow();
    assertThat(r.flagged(SpcRule.TREND)).isEqualTo(range(12, 17));
  }

  @Test
  void twoOfThreePointsCloseToTheUpperLimitAreFlagged() {
    // 11, 14, 14: all above the mean, and 14 > 13.55 twice.
    SpcResult r = chart(afterBaseline("11 14 14"));
    assertThat(r.flagged(SpcRule.TWO_OF_THREE_NEAR_LIMIT)).containsExactly(13, 14);
    assertThat(r.flagsAt(14)).containsExactly(new SpcFlag(SpcRule.TWO_OF_THREE_NEAR_LIMIT, 14, Direction.UP));
  }

  @Test
  void twoOfThreePointsCloseToTheLowerLimitAreFlaggedDown() {
    SpcResult r = chart(afterBaseline("9 6 6"));
    assertThat(r.flagsAt(14)).containsExactly(new SpcFlag(SpcRule.TWO_OF_THREE_NEAR_LIMIT, 14, Direction.DOWN));
  }

  @Test
  void theMiddlePointOfTheThreeNeedNotBeClose() {
    assertThat(chart(afterBaseline("14 11 14")).flagged(SpcRule.TWO_OF_THREE_NEAR_LIMIT)).containsExactly(12, 14);
  }

  @Test
  void oneClosePointIsNotASignal() {
    assertThat(chart(afterBaseline("11 11 14")).flags()).isEmpty();
  }

  @Test
  void allThreePointsMustBeOnTheSameSideOfTheMean() {
    // As NHSRplotthedots and nhspy-plotthedots (test_relative_to_mean): 14, 9, 14 is no signal.
    assertThat(chart(afterBaseline("14 9 14")).flags()).isEmpty();
    // Close to opposite limits is no signal either (NHSRplotthedots test-ptd_spc_standard.R).
    assertThat(chart(afterBaseline("14 6")).flags()).isEmpty();
  }

  @Test
  void aPointBeyondTheLimitCountsAsCloseToIt() {
    SpcResult r = chart(afterBaseline("11 16 14"));
    assertThat(r.flagged(SpcRule.OUTSIDE_LIMITS)).containsExactly(13);
    assertThat(r.flagged(SpcRule.TWO_OF_THREE_NEAR_LIMIT)).containsExactly(13, 14);
  }

  @Test
  void aPointExactlyOnTheTwoThirdsLineIsNotClose() {
    // 8.5, 11.5, …: mean 10, average moving range 3, limits 10 ± 7.98,
    // near lines 10 ± ⅔ × 7.98 = 4.68 and 15.32 exactly.
    String baseline = "8.5 11.5 8.5 11.5 8.5 11.5 8.5 11.5 8.5 11.5 8.5 11.5";
    assertThat(chart(series(baseline, "11 15.32 15.32")).flags()).isEmpty();
    assertThat(chart(series(baseline, "11 15.33 15.33")).flagged(SpcRule.TWO_OF_THREE_NEAR_LIMIT))
        .containsExactly(13, 14);
    assertThat(chart(series(baseline, "9 4.68 4.68")).flags()).isEmpty();
    assertThat(chart(series(baseline, "9 4.67 4.67")).flagged(SpcRule.TWO_OF_THREE_NEAR_LIMIT))
        .containsExactly(13, 14);
  }

  @Test
  void aSteadyProcessRaisesNoFlags() {
    assertThat(chart(afterBaseline("10.5 9.5 11 9")).flags()).isEmpty();
  }
}
