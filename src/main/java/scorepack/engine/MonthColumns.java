package scorepack.engine;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The months a scorecard prints as month columns: the reporting month and the months before it,
 * as many as the template's {@code month_columns} says. The template is the one place this is set.
 *
 * @param reportingMonth the month the scorecard is as at, the last column
 * @param count how many month columns, 1 to 12
 */
public record MonthColumns(YearMonth reportingMonth, int count) implements PeriodColumns {
  /** The most month columns a template may ask for: a year. */
  public static final int MAX = 12;

  public MonthColumns {
    Objects.requireNonNull(reportingMonth, "reportingMonth");
    if (count < 1 || count > MAX) {
      throw new IllegalArgumentException("month columns must be 1 to " + MAX + ", not " + count);
    }
  }

  /** The first (oldest) month printed. */
  public YearMonth first() {
    return reportingMonth.minusMonths(count - 1L);
  }

  /** The months printed, oldest first. */
  public List<YearMonth> months() {
    List<YearMonth> months = new ArrayList<>(count);
    for (YearMonth m = first(); !m.isAfter(reportingMonth); m = m.plusMonths(1)) {
      months.add(m);
    }
    return List.copyOf(months);
  }

  @Override
  public List<YearMonth> periodEnds() {
    return months();
  }

  /** Whether the month is one of the columns. */
  @Override
  public boolean contains(YearMonth month) {
    return !month.isBefore(first()) && !month.isAfter(reportingMonth);
  }

  /** The same number of columns as at another reporting month (last month's, a year ago's). */
  @Override
  public MonthColumns asAt(YearMonth month) {
    return new MonthColumns(month, count);
  }

  /** The span in words, e.g. "Jan 2023 to Mar 2023", or one month's name. */
  @Override
  public String describe() {
    return count == 1 ? MonthNames.shortName(reportingMonth)
        : MonthNames.shortName(first()) + " to " + MonthNames.shortName(reportingMonth);
  }
}
