package scorepack.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static scorepack.engine.Indicators.n;

import org.junit.jupiter.api.Test;

class DirectionOfTravelTest {
  @Test
  void figuresEqualAtDisplayPrecisionAreTheSame() {
    DirectionOfTravel dot = DirectionOfTravel.between(n("95.14"), n("95.06"), 1, Polarity.HIGH, "b");
    assertThat(dot.direction()).isEqualTo(Direction.SAME);
    assertThat(dot.judgement()).isEqualTo(Judgement.NO_CHANGE);
  }

  @Test
  void halfRoundsAwayFromZeroBeforeComparing() {
    // 95.05 prints 95.1 and 95.14 prints 95.1: the reader sees no change.
    assertThat(DirectionOfTravel.between(n("95.05"), n("95.14"), 1, Polarity.HIGH, "b").direction())
        .isEqualTo(Direction.SAME);
  }

  @Test
  void aFallOnALowIsGoodMeasureIsAnImprovement() {
    DirectionOfTravel dot = DirectionOfTravel.between(n("98.34"), n("95.90"), 1, Polarity.LOW, "b");
    assertThat(dot.direction()).isEqualTo(Direction.DOWN);
    assertThat(dot.judgement()).isEqualTo(Judgement.IMPROVING);
    assertThat(dot.direction().arrow()).isEqualTo("↓");
  }

  @Test
  void aRiseOnAHighIsGoodMeasureIsAnImprovement() {
    assertThat(DirectionOfTravel.between(n("88.9"), n("97.3"), 1, Polarity.HIGH, "b").judgement())
        .isEqualTo(Judgement.IMPROVING);
    assertThat(DirectionOfTravel.between(n("97.3"), n("88.9"), 1, Polarity.HIGH, "b").judgement())
        .isEqualTo(Judgement.DECLINING);
  }

  @Test
  void informationMeasuresAreNeutral() {
    assertThat(DirectionOfTravel.between(n("565"), n("551"), 0, Polarity.INFO, "b").judgement())
        .isEqualTo(Judgement.LOWER);
    assertThat(DirectionOfTravel.between(n("551"), n("565"), 0, Polarity.INFO, "b").judgement())
        .isEqualTo(Judgement.HIGHER);
  }
}
