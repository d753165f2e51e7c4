package scorepack.diagnostic;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/** "Did you mean …?" for misspelt names: the closest known name by edit distance. */
public final class Suggestions {
  private Suggestions() {}

  /**
   * The closest candidate within a third of the word's length in edits, else one that the word
   * begins (a name cut short), if any.
   */
  public static Optional<String> closest(String word, Collection<String> candidates) {
    String w = word.toLowerCase(Locale.ROOT);
    int limit = Math.max(2, w.length() / 3);
    Optional<String> near = candidates.stream()
        .map(c -> new Object[] {c, distance(w, c.toLowerCase(Locale.ROOT))})
        .filter(p -> (int) p[1] <= limit)
        .min(Comparator.<Object[]>comparingInt(p -> (int) p[1]).thenComparing(p -> (String) p[0]))
        .map(p -> (String) p[0]);
    if (near.isPresent() || w.length() < 4) {
      return near;
    }
    return candidates.stream().filter(c -> c.toLowerCase(Locale.ROOT).startsWith(w)).sorted().findFirst();
  }

  /** " (did you mean 'x'?)" or the empty string. */
  public static String didYouMean(String word, Collection<String> candidates) {
    return closest(word, candidates).map(c -> " (did you mean '" + c + "'?)").orElse("");
  }

  static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
