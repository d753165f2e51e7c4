package scorepack.pack;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Figures compared as the reader sees them: each rounded to the decimals it is printed with. */
final class Printed {
  private Printed() {}

  /** Below zero, zero or above zero as {@code a} prints below, equal to or above {@code b}. */
  static int compare(Cell a, Cell b) {
    return rounded(a).compareTo(rounded(b));
  }

  private static BigDecimal rounded(Cell c) {
    return c.value().setScale(c.format().decimals(), RoundingMode.HALF_UP);
  }
}
