package scorepack.engine;

/** How often an indicator has a figure. */
public enum Timeline {
  MONTHLY("monthly"),
  QUARTERLY("quarterly"),
  TERMLY("termly"),
  ANNUAL("annual");

  private final String label;

  Timeline(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
