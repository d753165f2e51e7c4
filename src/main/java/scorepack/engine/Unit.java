package scorepack.engine;

import java.math.BigDecimal;

/** What an indicator's figure measures, which decides how it is formed from the input rows. */
public enum Unit {
  /** A number of things: the value, or the numerator alone. */
  COUNT("Count"),
  /** numerator / denominator, printed as a percentage. */
  PERCENT("%"),
  /** count / population × 1,000. */
  RATE_PER_1000("Rate per 1,000", 1_000),
  /** count / population × 10,000. */
  RATE_PER_10000("Rate per 10,000", 10_000),
  /** count / population × 100,000 (youth justice first-time entrants, custody). */
  RATE_PER_100000("Rate per 100,000", 100_000),
  /** total / cases, e.g. average days. */
  AVERAGE("Average"),
  /** A number given as it is (a score, an index). */
  NUMBER("Number");

  private final String label;
  private final BigDecimal perPopulation;

  Unit(String label) {
    this(label, 0);
  }

  Unit(String label, long perPopulation) {
    this.label = label;
    this.perPopulation = BigDecimal.valueOf(perPopulation);
  }

  /** Whether the figure is a count over a population, which the definition must then name. */
  public boolean isRate() {
    return perPopulation.signum() > 0;
  }

  /** The population a rate is expressed per (10,000 for a rate per 10,000); zero for other units. */
  public BigDecimal perPopulation() {
    return perPopulation;
  }

  /** The words the scorecard's DATA NOTE column prints for this unit. */
  public String label() {
    return label;
  }
}
