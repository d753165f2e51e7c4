package scorepack.engine;

import java.time.YearMonth;
import java.util.Optional;

/**
 * The definition's rule for a lagged measure: the figure reported for a period describes the
 * {@code months} months ending {@code lag} months before that period ends, and a period's figure
 * is published {@code availableAfter} months after the period ends.
 *
 * @param lag months from the end of the months a figure describes to the end of the period it is
 *     reported in (Oct21–Sep22 reported for March 2023: 6)
 * @param months how many months each figure describes (12 for a rolling year or an aggregated
 *     year of cohorts)
 * @param availableAfter how many months after its period ends a figure is published, so that a
 *     pack can say when a figure not yet in the extracts is expected ("Available in May"); empty if
 *     the definition does not say
 */
public record ReferencePeriodRule(int lag, int months, Optional<Integer> availableAfter) {
  public ReferencePeriodRule {
    if (lag < 0 || lag > 120) {
      throw new IllegalArgumentException("a reference period's lag must be 0 to 120 months, found " + lag);
    }
    if (months < 1 || months > 120) {
      throw new IllegalArgumentException("a reference period must cover 1 to 120 months, found " + months);
    }
    availableAfter = Optional.ofNullable(availableAfter).flatMap(a -> a);
    if (availableAfter.filter(a -> a < 0 || a > 120).isPresent()) {
      throw new IllegalArgumentException("a figure's publication must be 0 to 120 months after its period, found "
          + availableAfter.get());
    }
  }

  /** The months the figure reported for the period ending {@code periodEnd} describes. */
  public ReferencePeriod at(YearMonth periodEnd) {
    YearMonth last = periodEnd.minusMonths(lag);
    return new ReferencePeriod(last.minusMonths(months - 1L), last);
  }

  /** The month the figure of the period ending {@code periodEnd} is expected to be published, if known. */
  public Optional<YearMonth> expectedIn(YearMonth periodEnd) {
    return availableAfter.map(periodEnd::plusMonths);
  }
}
