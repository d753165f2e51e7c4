package scorepack.pack;

import java.math.BigDecimal;
import scorepack.engine.DisplayPrecision;
import scorepack.engine.Unit;

/** Prints figures as the scorecards do: 92.2%, 1,234, 95.9; always in UK English. */
final class FigureText {
  private FigureText() {}

  /** The figure rounded to its display decimals, e.g. "92.2%" or "551". */
  static String figure(BigDecimal value, Unit unit, int decimals) {
    return DisplayPrecision.text(value, unit, decimals);
  }

  /** A tolerance bound as written in the definition, e.g. "95%" or "95.2". */
  static String bound(BigDecimal value, Unit unit) {
    return DisplayPrecision.boundText(value, unit);
  }

  static NumberFormat format(Unit unit, int decimals) {
    return NumberFormat.of(unit == Unit.PERCENT, decimals);
  }

  static NumberFormat boundFormat(BigDecimal value, Unit unit) {
    return NumberFormat.of(unit == Unit.PERCENT, Math.max(0, value.stripTrailingZeros().scale()));
  }
}
