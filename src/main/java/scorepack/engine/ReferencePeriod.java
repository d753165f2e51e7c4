package scorepack.engine;

import java.time.YearMonth;
import java.util.Objects;

/**
 * The months a figure describes, where they are not the period it is reported in: a youth justice
 * figure reported for March 2023 that counts first time entrants from October 2021 to September 2022.
 *
 * @param first the first month described
 * @param last the last month described
 */
public record ReferencePeriod(YearMonth first, YearMonth last) {
  public ReferencePeriod {
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(last, "last");
    if (first.isAfter(last)) {
      throw new IllegalArgumentException(
          "a reference period cannot start (" + first + ") after it ends (" + last + ")");
    }
  }

  /** As the scorecards print it beside the figure: "Oct21–Sep22", or "Sep22" for one month. */
  public String label() {
    return first.equals(last) ? shortLabel(last) : shortLabel(first) + "–" + shortLabel(last);
  }

  /** As data: the ISO 8601 interval of months, "2021-10/2022-09" (one month: "2022-09"). */
  public String code() {
    return first.equals(last) ? last.toString() : first + "/" + last;
  }

  /** The same months a year earlier: the period a like-for-like comparison is made with. */
  public ReferencePeriod yearEarlier() {
    return new ReferencePeriod(first.minusYears(1), last.minusYears(1));
  }

  private static String shortLabel(YearMonth month) {
    return MonthNames.columnHeading(month).replace("-", "");
  }
}
