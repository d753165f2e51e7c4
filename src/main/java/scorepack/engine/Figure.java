package scorepack.engine;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A calculated figure with its working: the rule that formed it and the rows it came from.
 *
 * @param value the exact figure in its printed unit (a percentage as 92.17…, not 0.9217…)
 * @param rule how it was formed, in words and numbers, e.g. "Σnumerator / Σdenominator = 42 / 153"
 * @param sources the input rows used
 * @param fraction the numerator and denominator a percentage, ratio or average was formed from; empty
 *     for a count, a rate per population, or a figure extracted as it stands
 * @param counts the counts of people the figure reveals, which the public edition's small-number
 *     rule protects: a count's own value; a percentage's numerator, denominator and the difference
 *     between them; a rate's count; an average's cases. Empty for a number given as it is, such as
 *     a score, and for a reference value
 * @param reference the months the figure describes where they are not the period it is reported in
 *     (a lagged measure's, {@link ReferencePeriodRule}); empty for a figure of its own period
 */
public record Figure(BigDecimal value, String rule, List<SourceRef> sources, Optional<Fraction> fraction,
    List<BigDecimal> counts, Optional<ReferencePeriod> reference) {
  public Figure {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(rule, "rule");
    sources = List.copyOf(sources);
    Objects.requireNonNull(fraction, "fraction");
    counts = List.copyOf(counts);
    Objects.requireNonNull(reference, "reference");
  }

  /** A figure of its own period. */
  public Figure(BigDecimal value, String rule, List<SourceRef> sources, Optional<Fraction> fraction,
      List<BigDecimal> counts) {
    this(value, rule, sources, fraction, counts, Optional.empty());
  }

  /** A figure not formed from a numerator and denominator, revealing no count. */
  public Figure(BigDecimal value, String rule, List<SourceRef> sources) {
    this(value, rule, sources, Optional.empty(), List.of());
  }

  /** A figure that reveals these counts, not formed from a numerator and denominator. */
  public Figure(BigDecimal value, String rule, List<SourceRef> sources, List<BigDecimal> counts) {
    this(value, rule, sources, Optional.empty(), counts);
  }

  /** The same figure, describing these months; its working says so. */
  public Figure describing(ReferencePeriod period) {
    return new Figure(value, rule + " (describes " + period.label() + ")", sources, fraction, counts,
        Optional.of(period));
  }
}
