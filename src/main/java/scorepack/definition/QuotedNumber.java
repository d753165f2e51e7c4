package scorepack.definition;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A number in a comment that may state a figure the pack prints, and where it was written.
 *
 * @param written the digits as written, e.g. {@code 1,234.5}; its decimals are the precision the
 *     comment states the figure at
 * @param value its value
 * @param percent whether it is written as a percentage ({@code 8.7%}, {@code 8.7 per cent})
 * @param line the line of the commentary file its first digit is on
 * @param column the column of its first digit
 */
public record QuotedNumber(String written, BigDecimal value, boolean percent, int line, int column) {
  public QuotedNumber {
    Objects.requireNonNull(written, "written");
    Objects.requireNonNull(value, "value");
  }

  /** How many decimals the comment gives, e.g. 1 for {@code 8.7%}. */
  public int decimals() {
    return Math.max(0, value.scale());
  }

  /** The number as the comment writes it, e.g. {@code 8.7%}. */
  @Override
  public String toString() {
    return written + (percent ? "%" : "");
  }
}
