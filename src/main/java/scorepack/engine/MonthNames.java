package scorepack.engine;

import java.time.YearMonth;

/**
 * Month names as the working and the scorecards write them, always in English: spelt out here
 * rather than taken from the JDK's locale data, which some versions abbreviate September as "Sept"
 * and which is slow to consult for every figure of a pack.
 */
public final class MonthNames {
  private static final String[] LONG = {"January", "February", "March", "April", "May", "June", "July",
      "August", "September", "October", "November", "December"};

  private MonthNames() {}

  /** "Dec 2022". */
  public static String shortName(YearMonth month) {
    return abbreviation(month) + " " + month.getYear();
  }

  /** "Dec-22", the scorecards' month column heading. */
  public static String columnHeading(YearMonth month) {
    return abbreviation(month) + "-" + twoDigits(month.getYear());
  }

  /** "December 2022". */
  public static String longName(YearMonth month) {
    return LONG[month.getMonthValue() - 1] + " " + month.getYear();
  }

  /** "May": the month alone, as "Available in May" names it. */
  public static String monthName(YearMonth month) {
    return LONG[month.getMonthValue() - 1];
  }

  /** The last two digits of a year, e.g. "05" for 2005. */
  static String twoDigits(int year) {
    int digits = Math.floorMod(year, 100);
    return digits < 10 ? "0" + digits : Integer.toString(digits);
  }

  private static String abbreviation(YearMonth month) {
    return LONG[month.getMonthValue() - 1].substring(0, 3);
  }
}
