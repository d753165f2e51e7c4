package scorepack.sql;

import java.time.YearMonth;
import java.util.Objects;

/**
 * The months an extract covers, first to last.
 *
 * @param first the first month
 * @param last the last month, the reporting month
 */
public record Months(YearMonth first, YearMonth last) {
  public Months {
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(last, "last");
    if (first.isAfter(last)) {
      throw new IllegalArgumentException("the first month " + first + " is after the last " + last);
    }
  }

  /** The {@code count} months ending with {@code last}. */
  public static Months ending(YearMonth last, int count) {
    return new Months(last.minusMonths(count - 1L), last);
  }

  @Override
  public String toString() {
    return first.equals(last) ? first.toString() : first + ".." + last;
  }
}
