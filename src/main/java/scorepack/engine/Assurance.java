package scorepack.engine;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What the Making Data Count assurance icon says: whether the process, as its limits describe it,
 * will meet the target (the green bound of the tolerances) every time, never, or sometimes; or
 * that the line's own rating contradicts what the limits say, so nothing is claimed.
 */
public enum Assurance {
  /** Every value between the limits would be green: the worse limit is in the green band. */
  PASS("consistently met"),
  /** No value between the limits would be green: the better limit is outside the green band. */
  FAIL("consistently missed"),
  /** The target lies between the limits, so it will be met some months and missed in others. */
  HIT_AND_MISS("hit and miss"),
  /**
   * The limits say the target is always met (or always missed) but the line is rated otherwise:
   * its latest figures lie outside what the limits allow, so the process has moved since the
   * baseline and the limits no longer speak for it.
   */
  NOT_ASSESSED("not assessed, as the line's own rating contradicts the limits");

  private final String words;

  Assurance(String words) {
    this.words = words;
  }

  /** How the target fares, in words: "the target of 95% is …". */
  public String words() {
    return words;
  }

  /** The lower-case value written to the CSV output: pass, fail, hit_and_miss or not_assessed. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Judges the process limits against the tolerances' green bound with the same inclusive and
   * strict edges as the RAG (high is green at the bound or above, low strictly below it); without
   * tolerances there is no target and no assurance. A pass stands only while every rating of the
   * line is Green, and a fail only while none is: otherwise the assurance is not assessed, so that
   * "consistently met" is never printed beside a Red or Amber (nor "consistently missed" beside a
   * Green).
   *
   * @param ratings the RAG ratings the line carries (its month and year-end RAG), at display precision
   */
  static Optional<Assurance> of(XmrChart chart, Optional<Tolerance> tolerance, Set<Rag> ratings) {
    if (tolerance.isEmpty()) {
      return Optional.empty();
    }
    Tolerance t = tolerance.get();
    boolean high = t.polarity() == Polarity.HIGH;
    BigDecimal worse = high ? chart.lowerLimit() : chart.upperLimit();
    BigDecimal better = high ? chart.upperLimit() : chart.lowerLimit();
    Assurance limits = isGreen(t, worse) ? PASS : isGreen(t, better) ? HIT_AND_MISS : FAIL;
    boolean contradicted = switch (limits) {
      case PASS -> ratings.stream().anyMatch(r -> r != Rag.GREEN);
      case FAIL -> ratings.contains(Rag.GREEN);
      default -> false;
    };
    return Optional.of(contradicted ? NOT_ASSESSED : limits);
  }

  private static boolean isGreen(Tolerance t, BigDecimal value) {
    return t.judge(value) == Rag.GREEN;
  }
}
