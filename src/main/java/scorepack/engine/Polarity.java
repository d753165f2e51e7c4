package scorepack.engine;

/** Whether a higher or a lower figure is better performance, or neither. */
public enum Polarity {
  /** Higher is better. */
  HIGH("high"),
  /** Lower is better. */
  LOW("low"),
  /** For information only: no judgement of better or worse. */
  INFO("info");

  private final String label;

  Polarity(String label) {
    this.label = label;
  }

  /** The word the "Good perf is" column prints. */
  public String label() {
    return label;
  }
}
