package scorepack.render.sheet;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Hands out tab names that Excel and LibreOffice accept: at most 31 characters, none of
 * {@code [ ] : * ? / \}, no leading or trailing apostrophe, and unique ignoring case.
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
    name = cut(name, MAX_LENGTH);
    while (name.endsWith("'")) {
      name = name.substring(0, name.length() - 1);
    }
    // "History" is reserved by Excel.
    return name.isBlank() || name.equalsIgnoreCase("History") ? "Sheet" : name;
  }

  private static String cut(String name, int max) {
    return name.length() <= max ? name : name.substring(0, max).strip();
  }
}
