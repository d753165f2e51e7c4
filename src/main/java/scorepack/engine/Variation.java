package scorepack.engine;

import java.util.Locale;
import java.util.Set;

/** What the Making Data Count variation icon says about a point, given the indicator's polarity. */
public enum Variation {
  /** No special-cause rule flags the point: the variation expected of the process. */
  COMMON("Common cause variation"),
  /** A special cause in the good direction (higher for high-is-good, lower for low-is-good). */
  IMPROVEMENT("Special cause improvement"),
  /** A special cause in the bad direction; also when rules flag the point in both directions. */
  CONCERN("Special cause concern"),
  /** A special cause in an information-only measure: neither improvement nor concern. */
  NEITHER("Special cause variation, neither improvement nor concern");

  private final String words;

  Variation(String words) {
    this.words = words;
  }

  /** The label in words, for the explain command and alternative text. */
  public String words() {
    return words;
  }

  /** The lower-case value written to the CSV output: common, improvement, concern or neither. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The variation of a point flagged in the given directions. A point flagged both up and down
   * (say, the seventh point of a rise that is still below the mean) is a concern for a high- or
   * low-is-good measure, so that a board is never told only the good half.
   */
  static Variation of(Set<Direction> flagged, Polarity polarity) {
    if (flagged.isEmpty()) {
      return COMMON;
    }
    if (polarity == Polarity.INFO) {
      return NEITHER;
    }
    Direction bad = polarity == Polarity.HIGH ? Direction.DOWN : Direction.UP;
    return flagged.contains(bad) ? CONCERN : IMPROVEMENT;
  }
}
