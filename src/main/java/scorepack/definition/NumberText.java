package scorepack.extract;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/** Numbers as Excel writes them into CSV: thousands separators and a trailing % allowed. */
final class NumberText {
  private static final Pattern GROUPED = Pattern.compile("-?\\d{1,3}(,\\d{3})+(\\.\\d+)?");
  private static final Pattern PLAIN = Pattern.compile("-?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?");

  private NumberText() {}

  /** The number, or empty if the text is not one. A trailing % is dropped (92.2% reads as 92.2). */
  static Optional<BigDecimal> parse(String text) {
    String s = text.trim();
    if (s.endsWith("%")) {
      s = s.substring(0, s.length() - 1).trim();
    }
    if (GROUPED.matcher(s).matches()) {
      s = s.replace(",", "");
    }
    if (!PLAIN.matcher(s).matches()) {
      return Optional.empty();
    }
    BigDecimal v = new BigDecimal(s);
    if (v.abs().compareTo(new BigDecimal("1e15")) > 0) {
      return Optional.empty();
    }
    return Optional.of(v);
  }
}
