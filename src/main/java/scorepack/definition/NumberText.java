package scorepack.definition;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers as people and Excel write them: thousands separators and a trailing % allowed. The text
 * is bounded before it becomes a {@link BigDecimal}, so that a cell such as {@code 1e-99999999}
 * is refused at once rather than expanded into a hundred million digits.
 */
public final class NumberText {
  /** The largest magnitude any figure may have: more than any count or sum a council reports. */
  public static final BigDecimal LARGEST = new BigDecimal("1e15");
  /** The most digits after the decimal point: Excel writes 15 significant digits, some after an E-10. */
  public static final int MOST_DECIMALS = 30;
  private static final int LONGEST = 64;
  private static final Pattern GROUPED = Pattern.compile("-?\\d{1,3}(,\\d{3})+(\\.\\d+)?");
  private static final Pattern PLAIN = Pattern.compile("-?(\\d+(\\.\\d*)?|\\.\\d+)([eE]([-+]?\\d+))?");

  private NumberText() {}

  /**
   * The number a text gives, or what is wrong with it as a number.
   *
   * @param value the number, if the text is one {@link #parse} accepts
   * @param problem what is wrong with the text, in the words of a message, if it is not
   */
  public record Reading(Optional<BigDecimal> value, Optional<String> problem) {
    private static Reading of(BigDecimal value) {
      return new Reading(Optional.of(value), Optional.empty());
    }

    private static Reading refused(String problem) {
      return new Reading(Optional.empty(), Optional.of(problem));
    }
  }

  /** The number, or empty if the text is not one. A trailing % is dropped (92.2% reads as 92.2). */
  public static Optional<BigDecimal> parse(String text) {
    return read(text).value();
  }

  /**
   * What is wrong with the text as a number, in the words of a message ("expected a number, found
   * 'x'"), or empty if it is a number {@link #parse} accepts.
   */
  public static Optional<String> problem(String text) {
    return read(text).problem();
  }

  /** The number and its problem in one reading, for a caller that reports the one or keeps the other. */
  public static Reading read(String text) {
    String s = plain(text);
    if (s.length() > LONGEST) {
      return Reading.refused("expected a number of at most " + LONGEST + " characters, found '" + shorten(text) + "'");
    }
    Matcher m = PLAIN.matcher(s);
    if (!m.matches()) {
      return Reading.refused("expected a number, found '" + shorten(text) + "'");
    }
    // Checked on the text: an exponent of a billion would take minutes to expand.
    String exponent = m.group(4);
    if (exponent != null && (exponent.replaceFirst("^[-+]?0*", "").length() > 3
        || Math.abs(Integer.parseInt(exponent)) > LONGEST)) {
      return Reading.refused(outOfRange(text));
    }
    BigDecimal v = new BigDecimal(s);
    if (v.abs().compareTo(LARGEST) > 0 || v.scale() > MOST_DECIMALS) {
      return Reading.refused(outOfRange(text));
    }
    return Reading.of(v);
  }

  private static String outOfRange(String text) {
    return "the number '" + text.trim() + "' is out of range; expected a number from -" + LARGEST.toPlainString()
        + " to " + LARGEST.toPlainString() + " with at most " + MOST_DECIMALS + " decimal places";
  }

  private static String plain(String text) {
    String s = text.trim();
    if (s.endsWith("%")) {
      s = s.substring(0, s.length() - 1).trim();
    }
    return s.indexOf(',') >= 0 && GROUPED.matcher(s).matches() ? s.replace(",", "") : s;
  }

  private static String shorten(String text) {
    String t = text.trim();
    return t.length() <= LONGEST ? t : t.substring(0, LONGEST) + "... (" + t.length() + " characters)";
  }
}
