package scorepack.engine;

/** Which way a printed figure moved between two periods. */
public enum Direction {
  UP("↑"),
  DOWN("↓"),
  SAME("→");

  private final String arrow;

  Direction(String arrow) {
    this.arrow = arrow;
  }

  /** The arrow printed in the DOT column. */
  public String arrow() {
    return arrow;
  }

  /** The lower-case value written to the CSV output. */
  public String code() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
