package scorepack.render.sheet;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Hands out tab names that Excel and LibreOffice accept: at most 31 characters, none of
 * {@code [ ] : * ? / \}, no leading or trailing apostrophe, and unique ignoring case. A longer name
 * is shortened to whole words, losing its parenthesised asides first ("EDUCATION INDICATORS
 * (ACADEMIC YEAR)" is "EDUCATION INDICATORS"): the sheet's title in A1 keeps the whole.
 */
final class SheetNames {
  static final int MAX_LENGTH = 31;

  private final Set<String> taken = new HashSet<>();

  /** The wanted name made valid, with " (2)", " (3)" ... added if it is already taken. */
  String unique(String wanted) {
    String base = clean(wanted);
    String name = base;
    for (int n = 2; !taken.add(name.toLowerCase(Locale.ROOT)); n++) {
      String suffix = " (" + n + ")";
      name = cut(base, MAX_LENGTH - suffix.length()) + suffix;
    }
    return name;
  }

  static String clean(String wanted) {
    String name = wanted.replaceAll("\\s*[/\\\\]\\s*", " - ").replaceAll("[\\[\\]:*?]", " ")
        .replaceAll("\\s+", " ").strip();
    while (name.startsWith("'")) {
      name = name.substring(1);
    }
    if (name.length() > MAX_LENGTH) {
      String withoutAsides = name.replaceAll("\\s*\\([^()]*\\)", "").strip();
      name = withoutAsides.isEmpty() ? name : withoutAsides;
    }
    name = cut(name, MAX_LENGTH);
    while (name.endsWith("'")) {
      name = name.substring(0, name.length() - 1);
    }
    // "History" is reserved by Excel.
    return name.isBlank() || name.equalsIgnoreCase("History") ? "Sheet" : name;
  }

  /** The name cut to {@code max} characters, at the end of a word where one ends in the first half. */
  private static String cut(String name, int max) {
    if (name.length() <= max) {
      return name;
    }
    int space = name.lastIndexOf(' ', max);
    return (space > max / 2 ? name.substring(0, space) : name.substring(0, max)).strip();
  }
}
