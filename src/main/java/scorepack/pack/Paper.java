package scorepack.pack;

/** The paper a pack's PDF is laid out for, as its template chooses. */
public enum Paper {
  /** Landscape A3 for a scorecard of more than 14 columns, landscape A4 for a narrower one. */
  A3,
  /**
   * Landscape A4 throughout, in type readable on A4: a scorecard too wide for the page continues its
   * columns on the next page, beside the same lines' reference and title.
   */
  A4
}
