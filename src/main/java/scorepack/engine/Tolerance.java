package scorepack.engine;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * RAG tolerances for one reporting year. For a high-is-good indicator a figure is green at
 * {@code green} or above, amber at {@code amber} or above, and red below; for a low-is-good
 * indicator it is green below {@code green}, amber below {@code amber}, and red otherwise. Without
 * an amber bound the scale has two bands. Bounds are in the figure's printed unit (95 means 95%).
 *
 * @param polarity high or low (information-only measures have no tolerances)
 * @param green the bound of the green band
 * @param amber the far bound of the amber band, or null for a red/green scale
 * @param targetYear the year the green bound comes from, printed beside it ("65.2%+ (2022)" for last
 *     year's national figure), or empty
 */
public record Tolerance(Polarity polarity, BigDecimal green, BigDecimal amber, String targetYear) {
  public Tolerance {
    Objects.requireNonNull(polarity, "polarity");
    Objects.requireNonNull(green, "green");
    Objects.requireNonNull(targetYear, "targetYear");
    if (polarity == Polarity.INFO) {
      throw new IllegalArgumentException("an information-only measure cannot have RAG tolerances");
    }
    if (amber != null && polarity == Polarity.HIGH && amber.compareTo(green) >= 0) {
      throw new IllegalArgumentException(
          "for a high-is-good indicator the amber bound must be below the green bound, found green "
              + green.toPlainString() + " and amber " + amber.toPlainString());
    }
    if (amber != null && polarity == Polarity.LOW && amber.compareTo(green) <= 0) {
      throw new IllegalArgumentException(
          "for a low-is-good indicator the amber bound must be above the green bound, found green "
              + green.toPlainString() + " and amber " + amber.toPlainString());
    }
  }

  /** Tolerances whose target is of the reporting year itself. */
  public Tolerance(Polarity polarity, BigDecimal green, BigDecimal amber) {
    this(polarity, green, amber, "");
  }

  /** Judges a figure already rounded to display precision. */
  public Rag judge(BigDecimal printed) {
    if (isGood(printed, green)) {
      return Rag.GREEN;
    }
    if (amber != null && isGood(printed, amber)) {
      return Rag.AMBER;
    }
    return Rag.RED;
  }

  private boolean isGood(BigDecimal value, BigDecimal bound) {
    int cmp = value.compareTo(bound);
    return polarity == Polarity.HIGH ? cmp >= 0 : cmp < 0;
  }

  /** The red band as printed: {@code <87} for high-is-good, {@code 16+} for low-is-good. */
  public Threshold redBand() {
    BigDecimal edge = amber != null ? amber : green;
    return polarity == Polarity.HIGH ? Threshold.below(edge) : Threshold.atLeast(edge);
  }

  /** The amber band as printed ({@code 87+}, or {@code 8+} for low-is-good), if there is one. */
  public Optional<Threshold> amberBand() {
    if (amber == null) {
      return Optional.empty();
    }
    return Optional.of(Threshold.atLeast(polarity == Polarity.HIGH ? amber : green));
  }

  /** The green band as printed: {@code 95+} for high-is-good, {@code <8} for low-is-good. */
  public Threshold greenBand() {
    return polarity == Polarity.HIGH ? Threshold.atLeast(green) : Threshold.below(green);
  }

  /** Explains which band a printed figure falls in, e.g. "90.4 is at least 87 and below 95: Amber". */
  public String explain(BigDecimal printed) {
    Rag rag = judge(printed);
    String v = printed.toPlainString();
    return switch (rag) {
      case GREEN -> v + " is in the green band (" + greenBand() + "): Green";
      case AMBER -> v + " is in the amber band (" + amberBand().orElseThrow() + ") and not the green band ("
          + greenBand() + "): Amber";
      case RED -> v + " is in the red band (" + redBand() + "): Red";
    };
  }

  /**
   * One printed band edge.
   *
   * @param inclusiveLower true for "at least" ({@code 95+}), false for "below" ({@code <95})
   * @param bound the edge, in the figure's printed unit
   */
  public record Threshold(boolean inclusiveLower, BigDecimal bound) {
    public Threshold {
      Objects.requireNonNull(bound, "bound");
    }

    static Threshold atLeast(BigDecimal bound) {
      return new Threshold(true, bound);
    }

    static Threshold below(BigDecimal bound) {
      return new Threshold(false, bound);
    }

    @Override
    public String toString() {
      return inclusiveLower ? bound.toPlainString() + "+" : "<" + bound.toPlainString();
    }
  }
}
