package scorepack.definition;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.format.SignStyle;
import java.time.format.TextStyle;
import java.time.temporal.ChronoField;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a source writes its months: {@code MMM-yy} ("Apr-22"), {@code yyyy-MM} ("2022-04") or
 * {@code dd/MM/yyyy} ("01/04/2022"). The letters are read as a spreadsheet user means them, in
 * either case: {@code d} the day, {@code m} the month ({@code mmm} its short name, {@code mmmm}
 * its full name), {@code y} the year ({@code yy} 2000 to 2099); anything else stands for itself.
 * A date stands for its month. A date written as {@code YYYY-MM-DD} (a workbook's date cell) or a
 * month as {@code YYYY-MM} is read whatever the pattern, since it cannot mean anything else.
 *
 * @param pattern the pattern as the source gives it
 */
public record PeriodFormat(String pattern) {
  private static final Pattern TOKEN = Pattern.compile("(?i)d+|m+|y+|[a-z]+|[^a-z]+");
  private static final Pattern SEPT = Pattern.compile("(?i)\\bsept\\b");
  private static final Map<Long, String> SHORT_MONTHS = monthNames(TextStyle.SHORT);
  private static final Map<Long, String> FULL_MONTHS = monthNames(TextStyle.FULL);
  private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})(-(\\d{2}))?");
  /** scorepack's own: {@code YYYY-MM}, or a date {@code YYYY-MM-DD} standing for its month. */
  public static final PeriodFormat OWN = new PeriodFormat("yyyy-MM");

  public PeriodFormat {
    Objects.requireNonNull(pattern, "pattern");
    formatter(pattern);
  }

  private static Map<Long, String> monthNames(TextStyle style) {
    Map<Long, String> names = new HashMap<>();
    for (Month m : Month.values()) {
      names.put((long) m.getValue(), m.getDisplayName(style, Locale.ENGLISH));
    }
    return names;
  }

  /** The month the text names, or empty if it does not match the pattern. */
  public Optional<YearMonth> parse(String text) {
    String t = text.trim();
    Matcher iso = ISO.matcher(t);
    try {
      if (iso.matches()) {
        return Optional.of(iso.group(3) == null ? YearMonth.of(Integer.parseInt(iso.group(1)),
            Integer.parseInt(iso.group(2))) : YearMonth.from(LocalDate.parse(t)));
      }
      // Excel writes Sep, the JDK's British English Sept: both are read.
      var parsed = formatter(pattern).parse(SEPT.matcher(t).replaceAll("Sep"));
      return Optional.of(YearMonth.of(parsed.get(ChronoField.YEAR), parsed.get(ChronoField.MONTH_OF_YEAR)));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  /** The month written in this format, for messages and examples: {@code Apr-22}. */
  public String format(YearMonth month) {
    return formatter(pattern).format(month.atDay(1));
  }

  /**
   * The pattern as a formatter.
   *
   * @throws IllegalArgumentException naming what is wrong with the pattern
   */
  private static DateTimeFormatter formatter(String pattern) {
    DateTimeFormatterBuilder b = new DateTimeFormatterBuilder().parseCaseInsensitive().parseStrict();
    boolean month = false;
    boolean year = false;
    Matcher m = TOKEN.matcher(pattern);
    while (m.find()) {
      String token = m.group();
      char c = Character.toLowerCase(token.charAt(0));
      int n = token.length();
      if (c == 'd' && token.chars().allMatch(x -> Character.toLowerCase(x) == 'd') && n <= 2) {
        b.appendValue(ChronoField.DAY_OF_MONTH, n, 2, SignStyle.NOT_NEGATIVE);
      } else if (c == 'm' && token.chars().allMatch(x -> Character.toLowerCase(x) == 'm') && n <= 4) {
        month = true;
        if (n <= 2) {
          b.appendValue(ChronoField.MONTH_OF_YEAR, n, 2, SignStyle.NOT_NEGATIVE);
        } else {
          b.appendText(ChronoField.MONTH_OF_YEAR, n == 3 ? SHORT_MONTHS : FULL_MONTHS);
        }
      } else if (c == 'y' && token.chars().allMatch(x -> Character.toLowerCase(x) == 'y') && (n == 2 || n == 4)) {
        year = true;
        if (n == 2) {
          b.appendValueReduced(ChronoField.YEAR, 2, 2, 2000);
        } else {
          b.appendValue(ChronoField.YEAR, 4);
        }
      } else if (Character.isLetter(c)) {
        throw new IllegalArgumentException("the pattern letters '" + token + "' are not a day (d, dd), month (m, mm,"
            + " mmm, mmmm) or year (yy, yyyy)");
      } else {
        b.appendLiteral(token);
      }
    }
    if (!month || !year) {
      throw new IllegalArgumentException("the pattern has no " + (month ? "year (yy or yyyy)" : "month (mm or mmm)"));
    }
    return b.toFormatter(Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);
  }
}
