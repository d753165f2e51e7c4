package scorepack.engine;

import java.time.YearMonth;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A twelve-month reporting year, financial or academic, named by the calendar year it starts in.
 *
 * @param kind financial (April–March) or academic (September–August)
 * @param startYear the calendar year of the first month
 */
public record ReportingYear(YearKind kind, int startYear) implements Comparable<ReportingYear> {
  private static final Pattern LABEL = Pattern.compile("(\\d{4})/(\\d{2})");

  public ReportingYear {
    Objects.requireNonNull(kind, "kind");
  }

  /** The reporting year of this kind that holds the month. */
  public static ReportingYear containing(YearMonth month, YearKind kind) {
    int start = month.getMonthValue() >= kind.firstMonth().getValue() ? month.getYear() : month.getYear() - 1;
    return new ReportingYear(kind, start);
  }

  /**
   * Reads a label such as {@code 2022/23}.
   *
   * @throws IllegalArgumentException if the label is not of that form or the years do not follow
   */
  public static ReportingYear parse(String label, YearKind kind) {
    Matcher m = LABEL.matcher(label == null ? "" : label.trim());
    if (!m.matches()) {
      throw new IllegalArgumentException("expected a reporting year such as 2022/23, found '" + label + "'");
    }
    int start = Integer.parseInt(m.group(1));
    if ((start + 1) % 100 != Integer.parseInt(m.group(2))) {
      throw new IllegalArgumentException(
          "'" + label + "' is not a reporting year: the second year must follow the first, e.g. "
              + start + "/" + String.format("%02d", (start + 1) % 100));
    }
    return new ReportingYear(kind, start);
  }

  public YearMonth firstMonth() {
    return YearMonth.of(startYear, kind.firstMonth());
  }

  public YearMonth lastMonth() {
    return firstMonth().plusMonths(11);
  }

  public boolean contains(YearMonth month) {
    return !month.isBefore(firstMonth()) && !month.isAfter(lastMonth());
  }

  public ReportingYear previous() {
    return new ReportingYear(kind, startYear - 1);
  }

  /** The label the scorecards print, e.g. {@code 2022/23}. */
  public String label() {
    return startYear + "/" + MonthNames.twoDigits(startYear + 1);
  }

  @Override
  public int compareTo(ReportingYear other) {
    return Integer.compare(startYear, other.startYear);
  }

  @Override
  public String toString() {
    return label();
  }
}
