package scorepack.engine;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The direction of travel between two figures as the reader sees them (at display precision).
 *
 * @param direction up, down or same
 * @param judgement what that means given the indicator's polarity
 * @param from the earlier figure, rounded to display precision
 * @param to the later figure, rounded to display precision
 * @param basis what was compared, e.g. "Nov 2022 → Dec 2022"
 */
public record DirectionOfTravel(
    Direction direction, Judgement judgement, BigDecimal from, BigDecimal to, String basis) {
  public DirectionOfTravel {
    Objects.requireNonNull(direction, "direction");
    Objects.requireNonNull(judgement, "judgement");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(basis, "basis");
  }

  /** Compares two figures after rounding each to the given number of decimals. */
  public static DirectionOfTravel between(
      BigDecimal from, BigDecimal to, int decimals, Polarity polarity, String basis) {
    BigDecimal a = DisplayPrecision.round(from, decimals);
    BigDecimal b = DisplayPrecision.round(to, decimals);
    int cmp = b.compareTo(a);
    Direction d = cmp > 0 ? Direction.UP : cmp < 0 ? Direction.DOWN : Direction.SAME;
    return new DirectionOfTravel(d, Judgement.of(d, polarity), a, b, basis);
  }
}
