package scorepack.render.sheet;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Hands out Excel table names: letters, digits and underscores, starting with a letter, unique
 * ignoring case. A name made from words always holds an underscore or no digit, so it can never
 * be read as a cell reference such as {@code LAC1}.
 */
final class TableNames {
  private final Set<String> taken = new HashSet<>();

  /** e.g. ("Scorecard", "LOOKED AFTER CHILDREN") gives {@code Scorecard_LOOKED_AFTER_CHILDREN}. */
  String unique(String kind, String words) {
    String tail = words.replaceAll("[^A-Za-z0-9]+", "_").replaceAll("^_+|_+$", "");
    String base = tail.isEmpty() ? kind : kind + "_" + tail;
    String name = base;
    for (int n = 2; !taken.add(name.toLowerCase(Locale.ROOT)); n++) {
      name = base + "_" + n;
    }
    return name;
  }
}
