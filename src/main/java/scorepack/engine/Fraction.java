package scorepack.engine;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The numerator and denominator a percentage, ratio or average was formed from, e.g. 131 / 146 for
 * 89.7%: the working a performance officer quotes beside the figure.
 *
 * @param numerator the summed numerator (the cases meeting the measure, or the total of an average)
 * @param denominator the summed denominator (the cases in scope)
 */
public record Fraction(BigDecimal numerator, BigDecimal denominator) {
  public Fraction {
    Objects.requireNonNull(numerator, "numerator");
    Objects.requireNonNull(denominator, "denominator");
  }
}
