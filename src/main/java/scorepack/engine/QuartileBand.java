package scorepack.engine;

/** Which quarter of all authorities a figure falls in, A being the best for the indicator's polarity. */
public enum QuartileBand {
  A, B, C, D;

  /** The lower-case value written to the CSV output. */
  public String code() {
    return name();
  }
}
