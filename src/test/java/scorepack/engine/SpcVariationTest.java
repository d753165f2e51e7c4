package scorepack.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static scorepack.engine.SpcSeries.afterBaseline;
import static scorepack.engine.SpcSeries.chart;
import static scorepack.engine.SpcSeries.repeat;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The latest point's variation label, by polarity (baseline mean 10, limits 4.68 to 15.32). */
class SpcVariationTest {
  @ParameterizedTest(name = "a shift above the mean for {0}-is-good is {1}")
  @CsvSource({"HIGH, IMPROVEMENT", "LOW, CONCERN", "INFO, NEITHER"})
  void anUpwardShift(Polarity polarity, Variation expected) {
    assertThat(chart(afterBaseline("10 " + repeat("10.5", 7)), polarity).variation()).isEqualTo(expected);
  }

  @ParameterizedTest(name = "a shift below the mean for {0}-is-good is {1}")
  @CsvSource({"HIGH, CONCERN", "LOW, IMPROVEMENT", "INFO, NEITHER"})
  void aDownwardShift(Polarity polarity, Variation expected) {
    assertThat(chart(afterBaseline("10 " + repeat("9.5", 7)), polarity).variation()).isEqualTo(expected);
  }

  @ParameterizedTest(name = "a point above the upper limit for {0}-is-good is {1}")
  @CsvSource({"HIGH, IMPROVEMENT", "LOW, CONCERN", "INFO, NEITHER"})
  void aPointAboveTheUpperLimit(Polarity polarity, Variation expected) {
    assertThat(chart(afterBaseline("16"), polarity).variation()).isEqualTo(expected);
  }

  @ParameterizedTest(name = "a falling trend for {0}-is-good is {1}")
  @CsvSource({"HIGH, CONCERN", "LOW, IMPROVEMENT", "INFO, NEITHER"})
  void aFallingTrend(Polarity polarity, Variation expected) {
    assertThat(chart(afterBaseline("12 11.5 11 10.5 9.5 9 8.5"), polarity).variation()).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}-is-good with no special cause is common cause")
  @CsvSource({"HIGH", "LOW", "INFO"})
  void noSpecialCauseIsCommonCause(Polarity polarity) {
    assertThat(chart(afterBaseline("10.5 9.5 11 9"), polarity).variation()).isEqualTo(Variation.COMMON);
  }

  @Test
  void aShiftThatEndedBeforeTheLatestPointLeavesItCommonCause() {
    // Points 13–19 are a shift above the mean; point 20 (9.5) is below it and ends the run.
    SpcResult r = chart(afterBaseline("10 " + repeat("10.5", 7) + " 9.5"));
    assertThat(r.variation()).isEqualTo(Variation.COMMON);
    assertThat(r.variationAt(19)).isEqualTo(Variation.IMPROVEMENT);
  }

  @ParameterizedTest(name = "flagged up and down, {0}-is-good is {1}")
  @CsvSource({"HIGH, CONCERN", "LOW, CONCERN", "INFO, NEITHER"})
  void aPointFlaggedBothWaysIsAConcern(Polarity polarity, Variation expected) {
    // 7, 7.5, …, 9.75: seven points below the mean (a downward shift) that each rise (an upward trend).
    SpcResult r = chart(afterBaseline("10 7 7.5 8 8.5 9 9.5 9.75"), polarity);
    assertThat(r.flagsAt(19)).extracting(SpcFlag::direction).containsExactly(Direction.DOWN, Direction.UP);
    assertThat(r.variation()).isEqualTo(expected);
  }

  @Test
  void labelsHaveCodesAndWords() {
    assertThat(Variation.of(Set.of(), Polarity.HIGH)).isEqualTo(Variation.COMMON);
    assertThat(Variation.of(EnumSet.of(Direction.UP), Polarity.HIGH)).isEqualTo(Variation.IMPROVEMENT);
    assertThat(Variation.NEITHER.code()).isEqualTo("neither");
    assertThat(Variation.COMMON.code()).isEqualTo("common");
    assertThat(Variation.CONCERN.words()).isEqualTo("Special cause concern");
  }
}
