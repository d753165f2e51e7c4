package scorepack.engine;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The centre line and process limits of an XmR (individuals) chart, fixed from a baseline of the
 * earliest figures and then applied to every point.
 *
 * @param mean the mean of the baseline figures
 * @param averageMovingRange the mean of the baseline's moving ranges |x(i) − x(i−1)|
 * @param lowerLimit the lower process limit, mean − 2.66 × average moving range
 * @param upperLimit the upper process limit, mean + 2.66 × average moving range
 * @param baselinePoints how many of the earliest figures the mean and limits come from
 */
public record XmrChart(
    BigDecimal mean, BigDecimal averageMovingRange, BigDecimal lowerLimit, BigDecimal upperLimit,
    int baselinePoints) {
  /** 3 / d2, where d2 = 1.128 for ranges of two points: the limits sit 3σ from the mean. */
  public static final BigDecimal LIMIT_FACTOR = new BigDecimal("2.66");
  /** D4 for ranges of two points: a moving range this many times the average is itself unusual. */
  public static final BigDecimal SCREEN_FACTOR = new BigDecimal("3.267");

  private static final MathContext PRECISION = MathContext.DECIMAL64;
  private static final BigDecimal TWO = BigDecimal.valueOf(2);
  private static final BigDecimal THREE = BigDecimal.valueOf(3);

  public XmrChart {
    Objects.requireNonNull(mean, "mean");
    Objects.requireNonNull(averageMovingRange, "averageMovingRange");
    Objects.requireNonNull(lowerLimit, "lowerLimit");
    Objects.requireNonNull(upperLimit, "upperLimit");
    if (averageMovingRange.signum() < 0 || lowerLimit.compareTo(upperLimit) > 0) {
      throw new IllegalArgumentException("an XmR chart needs a non-negative average moving range and lower limit "
          + "at or below the upper, found " + averageMovingRange + " and " + lowerLimit + " to " + upperLimit);
    }
    if (baselinePoints < 2) {
      throw new IllegalArgumentException("an XmR baseline needs at least two points, found " + baselinePoints);
    }
  }

  /**
   * The chart whose mean and average moving range come from the first {@code baselinePoints}
   * figures (or all of them, if there are fewer).
   */
  static XmrChart of(List<BigDecimal> figures, int baselinePoints, boolean screenMovingRanges) {
    int b = Math.min(baselinePoints, figures.size());
    if (b < 2) {
      throw new IllegalArgumentException("an XmR chart needs at least two figures, found " + figures.size());
    }
    List<BigDecimal> baseline = figures.subList(0, b);
    BigDecimal mean = average(baseline);
    List<BigDecimal> ranges = new ArrayList<>();
    for (int i = 1; i < b; i++) {
      ranges.add(baseline.get(i).subtract(baseline.get(i - 1)).abs());
    }
    BigDecimal amr = average(ranges);
    if (screenMovingRanges && amr.signum() > 0) {
      BigDecimal ceiling = amr.multiply(SCREEN_FACTOR);
      amr = average(ranges.stream().filter(r -> r.compareTo(ceiling) < 0).toList());
    }
    BigDecimal half = amr.multiply(LIMIT_FACTOR);
    return new XmrChart(mean, amr, mean.subtract(half), mean.add(half), b);
  }

  /** Where the upper near-limit zone starts: two thirds of the way from the mean to the upper limit (≈ 2σ). */
  public BigDecimal upperNearLimit() {
    return mean.add(nearDistance());
  }

  /** Where the lower near-limit zone starts: two thirds of the way from the mean to the lower limit (≈ 2σ). */
  public BigDecimal lowerNearLimit() {
    return mean.subtract(nearDistance());
  }

  private BigDecimal nearDistance() {
    return averageMovingRange.multiply(LIMIT_FACTOR).multiply(TWO).divide(THREE, PRECISION);
  }

  private static BigDecimal average(List<BigDecimal> values) {
    BigDecimal sum = values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    return sum.divide(BigDecimal.valueOf(values.size()), PRECISION);
  }
}
