package scorepack.engine;

/** What an indicator's figure measures, which decides how it is formed from the input rows. */
public enum Unit {
  /** A number of things: the value, or the numerator alone. */
  COUNT("Count"),
  /** numerator / denominator, printed as a percentage. */
  PERCENT("%"),
  /** count / population × 10,000. */
  RATE_PER_10000("Rate per 10,000"),
  /** total / cases, e.g. average days. */
  AVERAGE("Average"),
  /** A number given as it is (a score, an index). */
  NUMBER("Number");

  private final String label;

  Unit(String label) {
    this.label = label;
  }

  /** The words the scorecard's DATA NOTE column prints for this unit. */
  public String label() {
    return label;
  }
}
