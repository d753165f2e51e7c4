package scorepack.engine;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Rounding and printing to what the reader sees: judgements are made on printed figures, not raw
 * ones, and figures are printed as the scorecards print them, e.g. "92.2%", "1,234", "95.9".
 */
public final class DisplayPrecision {
  private DisplayPrecision() {}

  /** Rounds half away from zero, as Excel and the published reports do. */
  public static BigDecimal round(BigDecimal value, int decimals) {
    return value.setScale(decimals, RoundingMode.HALF_UP);
  }

  /** The figure rounded to its display decimals, e.g. "92.2%" or "551". */
  public static String text(BigDecimal value, Unit unit, int decimals) {
    String digits = grouped(round(value, decimals));
    return unit == Unit.PERCENT ? digits + "%" : digits;
  }

  /** A tolerance bound as written in the definition, to its own decimals, e.g. "95%" or "95.2". */
  public static String boundText(BigDecimal value, Unit unit) {
    BigDecimal plain = value.stripTrailingZeros();
    return text(plain, unit, Math.max(0, plain.scale()));
  }

  /**
   * The value's digits as UK English writes them, to the value's own decimals, thousands parted by
   * commas: "-1,234.50". The same as {@code String.format(Locale.UK, "%,.2f", value)} for a value
   * of scale 2, which spent most of its time parsing the pattern and looking up the locale.
   */
  public static String grouped(BigDecimal value) {
    String plain = value.toPlainString();
    int start = plain.startsWith("-") ? 1 : 0;
    int point = plain.indexOf('.');
    int integerEnd = point < 0 ? plain.length() : point;
    StringBuilder out = new StringBuilder(plain.length() + (integerEnd - start) / 3);
    out.append(plain, 0, start);
    for (int i = start; i < integerEnd; i++) {
      if (i > start && (integerEnd - i) % 3 == 0) {
        out.append(',');
      }
      out.append(plain.charAt(i));
    }
    return out.append(plain, integerEnd, plain.length()).toString();
  }
}
