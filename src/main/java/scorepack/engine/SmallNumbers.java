package scorepack.engine;

import java.math.BigDecimal;

/**
 * The public edition's small-number rule: which counts of people are too small to publish. A count
 * from 1 up to below {@code threshold} is protected, and zero too when {@code zeroProtected}; a
 * threshold of 1 protects nothing but, optionally, zero.
 *
 * @param threshold the smallest count that may be published (5 protects 1, 2, 3 and 4)
 * @param zeroProtected whether a zero count is protected as well
 */
public record SmallNumbers(int threshold, boolean zeroProtected) {
  /** The default: counts of 1 to 4 are protected, and zero is shown. */
  public static final SmallNumbers DEFAULT = new SmallNumbers(5, false);
  /** The most a threshold may be: beyond it a pack would print little but symbols. */
  public static final int MAX_THRESHOLD = 100;

  public SmallNumbers {
    if (threshold < 1 || threshold > MAX_THRESHOLD) {
      throw new IllegalArgumentException("a threshold is from 1 to " + MAX_THRESHOLD + ", not " + threshold);
    }
  }

  /** Whether publishing this count could identify someone. */
  public boolean protects(BigDecimal count) {
    if (count.signum() == 0) {
      return zeroProtected;
    }
    return count.signum() > 0 && count.compareTo(BigDecimal.valueOf(threshold)) < 0;
  }

  /** Whether the figure is formed from a protected count (so that printing it would reveal one). */
  public boolean protects(Figure figure) {
    return figure.counts().stream().anyMatch(this::protects);
  }

  /** The rule in words, for the notes of a public edition, e.g. "counts from 1 to 4". */
  public String describe() {
    String range = threshold <= 1 ? "" : threshold == 2 ? "counts of 1" : "counts from 1 to " + (threshold - 1);
    if (zeroProtected) {
      return range.isEmpty() ? "counts of 0" : range + " and of 0";
    }
    return range.isEmpty() ? "no counts" : range;
  }
}
