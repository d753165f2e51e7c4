package scorepack.engine;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;

/**
 * What the Making Data Count assurance icon says: whether the process, as its limits describe it,
 * will meet the target (the green bound of the tolerances) every time, never, or sometimes.
 */
public enum Assurance {
  /** Every value between the limits would be green: the worse limit is in the green band. */
  PASS("consistently met"),
  /** No value between the limits would be green: the better limit is outside the green band. */
  FAIL("consistently missed"),
  /** The target lies between the limits, so it will be met some months and missed in others. */
  HIT_AND_MISS("hit and miss");

  private final String words;

  Assurance(String words) {
    this.words = words;
  }

  /** How the target fares, in words: "the target of 95% is …". */
  public String words() {
    return words;
  }

  /** The lower-case value written to the CSV output: pass, fail or hit_and_miss. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Judges the process limits against the tolerances' green bound with the same inclusive and
   * strict edges as the RAG (high is green at the bound or above, low strictly below it); without
   * tolerances there is no target and no assurance.
   */
  static Optional<Assurance> of(XmrChart chart, Optional<Tolerance> tolerance) {
    if (tolerance.isEmpty()) {
      return Optional.empty();
    }
    Tolerance t = tolerance.get();
    boolean high = t.polarity() == Polarity.HIGH;
    BigDecimal worse = high ? chart.lowerLimit() : chart.upperLimit();
    BigDecimal better = high ? chart.upperLimit() : chart.lowerLimit();
    if (isGreen(t, worse)) {
      return Optional.of(PASS);
    }
    return Optional.of(isGreen(t, better) ? HIT_AND_MISS : FAIL);
  }

  private static boolean isGreen(Tolerance t, BigDecimal value) {
    return t.judge(value) == Rag.GREEN;
  }
}
