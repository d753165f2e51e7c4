package scorepack.definition;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * How a source's breakdown words become scorepack's: {@code All} the total line (empty),
 * {@code FAM} the {@code Families} line. The source's words are matched ignoring case; a word
 * not listed is taken as it is.
 *
 * @param ours the breakdown each word stands for, by the word in lower case
 */
public record BreakdownWords(Map<String, String> ours) {
  /** scorepack's own extracts: every word is ours. */
  public static final BreakdownWords OWN = new BreakdownWords(Map.of());

  public BreakdownWords {
    ours = ours.entrySet().stream()
        .collect(Collectors.toUnmodifiableMap(e -> e.getKey().trim().toLowerCase(Locale.ROOT), Map.Entry::getValue));
  }

  /** Our breakdown for the source's word. */
  public String ours(String word) {
    return ours.getOrDefault(word.trim().toLowerCase(Locale.ROOT), word.trim());
  }

  /** Whether the source lists the word. */
  public boolean lists(String word) {
    return ours.containsKey(word.trim().toLowerCase(Locale.ROOT));
  }
}
