package scorepack.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static scorepack.engine.Indicators.n;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ToleranceTest {
  private final Tolerance highThreeBands = new Tolerance(Polarity.HIGH, n("95"), n("87"));
  private final Tolerance lowThreeBands = new Tolerance(Polarity.LOW, n("8"), n("16"));
  private final Tolerance lowTwoBands = new Tolerance(Polarity.LOW, n("95.2"), null);

  @ParameterizedTest(name = "{0} against green 95+, amber 87+ is {1}")
  @CsvSource({"95.0, GREEN", "100.0, GREEN", "94.9, AMBER", "87.0, AMBER", "86.9, RED", "0.0, RED"})
  void highIsGoodBoundsAreInclusive(String printed, Rag expected) {
    assertThat(highThreeBands.judge(n(printed))).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} against green <8, amber 8+, red 16+ is {1}")
  @CsvSource({"7.9, GREEN", "8.0, AMBER", "9.2, AMBER", "15.9, AMBER", "16.0, RED", "40.0, RED"})
  void lowIsGoodGreenIsStrictlyBelow(String printed, Rag expected) {
    assertThat(lowThreeBands.judge(n(printed))).isEqualTo(expected);
  }

  @Test
  void twoBandScaleHasNoAmber() {
    assertThat(lowTwoBands.judge(n("95.9"))).isEqualTo(Rag.RED);
    assertThat(lowTwoBands.judge(n("95.2"))).isEqualTo(Rag.RED);
    assertThat(lowTwoBands.judge(n("95.1"))).isEqualTo(Rag.GREEN);
    assertThat(lowTwoBands.amberBand()).isEmpty();
  }

  @Test
  void printedBandsMatchTheSeedsNotation() {
    assertThat(highThreeBands.redBand()).hasToString("<87");
    assertThat(highThreeBands.amberBand()).get().hasToString("87+");
    assertThat(highThreeBands.greenBand()).hasToString("95+");
    assertThat(lowThreeBands.redBand()).hasToString("16+");
    assertThat(lowThreeBands.amberBand()).get().hasToString("8+");
    assertThat(lowThreeBands.greenBand()).hasToString("<8");
    assertThat(lowTwoBands.redBand()).hasToString("95.2+");
    assertThat(lowTwoBands.greenBand()).hasToString("<95.2");
  }

  @Test
  void greenBelowAmberForHighIsGoodIsContradictory() {
    assertThatThrownBy(() -> new Tolerance(Polarity.HIGH, n("80"), n("90")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("amber bound must be below the green");
  }

  @Test
  void amberBelowGreenForLowIsGoodIsContradictory() {
    assertThatThrownBy(() -> new Tolerance(Polarity.LOW, n("16"), n("8")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("amber bound must be above the green");
  }

  @Test
  void informationOnlyMeasuresHaveNoTolerances() {
    assertThatThrownBy(() -> new Tolerance(Polarity.INFO, n("1"), null)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void explainNamesTheBand() {
    assertThat(highThreeBands.explain(n("90.4"))).contains("amber band (87+)").endsWith("Amber");
  }
}
