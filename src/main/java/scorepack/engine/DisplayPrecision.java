package scorepack.engine;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Rounding to what the reader sees: judgements are made on printed figures, not raw ones. */
public final class DisplayPrecision {
  private DisplayPrecision() {}

  /** Rounds half away from zero, as Excel and the published reports do. */
  public static BigDecimal round(BigDecimal value, int decimals) {
    return value.setScale(decimals, RoundingMode.HALF_UP);
  }
}
