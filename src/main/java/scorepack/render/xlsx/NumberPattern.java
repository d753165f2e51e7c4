package scorepack.render.xlsx;

import scorepack.pack.Cell;

/**
 * The Excel number format for a figure cell: the pack's pattern, plus any words or signs the pack
 * prints around the number, so that a tolerance printed "<87%" still shows "<87%" over the number
 * 0.87 and not a bare "87%".
 */
final class NumberPattern {
  private NumberPattern() {}

  static String of(Cell cell) {
    String pattern = cell.format().excelPattern();
    String text = cell.text();
    int first = firstDigit(text);
    if (first < 0) {
      return pattern;
    }
    String prefix = text.substring(0, first);
    if (cell.value().signum() < 0 && prefix.endsWith("-")) {
      // Excel prints the minus sign itself.
      prefix = prefix.substring(0, prefix.length() - 1);
    }
    String suffix = text.substring(lastDigit(text) + 1);
    if (cell.format().isPercent() && suffix.startsWith("%")) {
      suffix = suffix.substring(1);
    }
    return literal(prefix) + pattern + literal(suffix);
  }

  private static String literal(String affix) {
    // A quote cannot be written inside an Excel literal; such text falls back to the bare pattern.
    if (affix.isEmpty() || affix.indexOf('"') >= 0) {
      return "";
    }
    return "\"" + affix + "\"";
  }

  private static int firstDigit(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (isAsciiDigit(text.charAt(i))) {
        return i;
      }
    }
    return -1;
  }

  private static int lastDigit(String text) {
    for (int i = text.length() - 1; i >= 0; i--) {
      if (isAsciiDigit(text.charAt(i))) {
        return i;
      }
    }
    return -1;
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
