package scorepack.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class SmallNumbersTest {
  @Test
  void theDefaultProtectsOneToFourAndShowsZero() {
    SmallNumbers rule = SmallNumbers.DEFAULT;
    assertThat(rule.protects(BigDecimal.ZERO)).isFalse();
    assertThat(rule.protects(BigDecimal.ONE)).isTrue();
    assertThat(rule.protects(BigDecimal.valueOf(4))).isTrue();
    assertThat(rule.protects(BigDecimal.valueOf(5))).isFalse();
    assertThat(rule.describe()).isEqualTo("counts from 1 to 4");
  }

  @Test
  void zeroCanBeProtectedAndAThresholdOfOneProtectsNoOtherCount() {
    assertThat(new SmallNumbers(5, true).protects(BigDecimal.ZERO)).isTrue();
    assertThat(new SmallNumbers(1, false).protects(BigDecimal.ONE)).isFalse();
    assertThat(new SmallNumbers(1, false).describe()).isEqualTo("no counts");
    assertThat(new SmallNumbers(1, true).describe()).isEqualTo("counts of 0");
    assertThat(new SmallNumbers(10, true).describe()).isEqualTo("counts from 1 to 9 and of 0");
  }

  @Test
  void aFigureIsProtectedWhenAnyOfItsCountsIs() {
    // 48 of 50: the 2 not done are a small count.
    Figure percent = new Figure(BigDecimal.valueOf(96), "48 / 50", List.of(),
        List.of(BigDecimal.valueOf(48), BigDecimal.valueOf(50), BigDecimal.valueOf(2)));
    assertThat(SmallNumbers.DEFAULT.protects(percent)).isTrue();
    assertThat(SmallNumbers.DEFAULT.protects(new Figure(BigDecimal.valueOf(0.05), "score", List.of()))).isFalse();
  }

  @Test
  void aThresholdOutsideOneToAHundredIsRefused() {
    assertThatThrownBy(() -> new SmallNumbers(0, false)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new SmallNumbers(101, false)).isInstanceOf(IllegalArgumentException.class);
  }
}
