package scorepack.engine;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Month names as the working and the scorecards write them, always in English. */
public final class MonthNames {
  private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("MMM yyyy", Locale.UK);
  private static final DateTimeFormatter COLUMN = DateTimeFormatter.ofPattern("MMM-yy", Locale.UK);
  private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

  private MonthNames() {}

  /** "Dec 2022". */
  public static String shortName(YearMonth month) {
    return fix(SHORT.format(month));
  }

  /** "Dec-22", the scorecards' month column heading. */
  public static String columnHeading(YearMonth month) {
    return fix(COLUMN.format(month));
  }

  /** "December 2022". */
  public static String longName(YearMonth month) {
    return LONG.format(month);
  }

  // Some JDK locale data abbreviates September as "Sept"; the reports print "Sep".
  private static String fix(String s) {
    return s.replace("Sept", "Sep");
  }
}
