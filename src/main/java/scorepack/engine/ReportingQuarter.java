package scorepack.engine;

import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * One quarter of a reporting year: quarter 1 is its first three months (April–June in a financial
 * year), quarter 4 its last.
 *
 * @param year the reporting year
 * @param number 1 to 4
 */
public record ReportingQuarter(ReportingYear year, int number) {
  public ReportingQuarter {
    Objects.requireNonNull(year, "year");
    if (number < 1 || number > 4) {
      throw new IllegalArgumentException("a quarter is numbered 1 to 4, not " + number);
    }
  }

  /**
   * The last quarter that is complete at the end of a month: the quarter ending in that month, or
   * the one before it.
   */
  public static ReportingQuarter lastCompleteAt(YearMonth month, YearKind kind) {
    ReportingYear year = ReportingYear.containing(month, kind);
    int monthsIn = (int) year.firstMonth().until(month, ChronoUnit.MONTHS) + 1;
    int complete = monthsIn / 3;
    return complete == 0 ? new ReportingQuarter(year.previous(), 4) : new ReportingQuarter(year, complete);
  }

  public ReportingQuarter previous() {
    return number == 1 ? new ReportingQuarter(year.previous(), 4) : new ReportingQuarter(year, number - 1);
  }

  public YearMonth firstMonth() {
    return year.firstMonth().plusMonths(3L * (number - 1));
  }

  public YearMonth lastMonth() {
    return firstMonth().plusMonths(2);
  }

  /** "Quarter 4". */
  public String label() {
    return "Quarter " + number;
  }

  /** "Quarter 4 2021/22 (Jan 2022–Mar 2022)", as the working and the CSV's notes name it. */
  public String fullName() {
    return label() + " " + year.label() + " (" + MonthNames.shortName(firstMonth()) + "–"
        + MonthNames.shortName(lastMonth()) + ")";
  }
}
