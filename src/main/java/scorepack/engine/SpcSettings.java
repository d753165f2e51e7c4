package scorepack.engine;

/**
 * The choices behind a statistical process control (XmR) chart. {@link #defaults()} gives the NHS
 * England "Making Data Count" ones: no chart below 12 points, mean and limits fixed from the first
 * 12, shifts and trends of 7 points, and every moving range kept (as the Making Data Count Excel
 * tools do; NHSRplotthedots screens large ones by default).
 *
 * @param minimumPoints the fewest figures a chart is drawn for; a shorter series has no chart
 * @param baselinePoints how many of the earliest figures fix the mean and limits (all of them if
 *     the series is shorter)
 * @param shiftLength how many consecutive points all above, or all below, the mean make a shift
 * @param trendLength how many consecutive points each higher (or each lower) than the one before
 *     make a trend
 * @param screenMovingRanges whether moving ranges of 3.267 × the average moving range or more are
 *     left out of the average (Nelson 1982), which narrows limits widened by a one-off outlier
 */
public record SpcSettings(
    int minimumPoints, int baselinePoints, int shiftLength, int trendLength, boolean screenMovingRanges) {
  public SpcSettings {
    atLeast("minimumPoints", minimumPoints, 2, "an XmR chart needs one moving range, so two points");
    atLeast("baselinePoints", baselinePoints, 2, "the average moving range needs two points");
    atLeast("shiftLength", shiftLength, 2, "a run needs two points");
    atLeast("trendLength", trendLength, 3, "a single rise or fall is not a trend");
  }

  /** The Making Data Count defaults: 12 points minimum, a 12-point baseline, runs of 7, no screening. */
  public static SpcSettings defaults() {
    return new SpcSettings(12, 12, 7, 7, false);
  }

  public SpcSettings withMinimumPoints(int n) {
    return new SpcSettings(n, baselinePoints, shiftLength, trendLength, screenMovingRanges);
  }

  public SpcSettings withBaselinePoints(int n) {
    return new SpcSettings(minimumPoints, n, shiftLength, trendLength, screenMovingRanges);
  }

  public SpcSettings withShiftLength(int n) {
    return new SpcSettings(minimumPoints, baselinePoints, n, trendLength, screenMovingRanges);
  }

  public SpcSettings withTrendLength(int n) {
    return new SpcSettings(minimumPoints, baselinePoints, shiftLength, n, screenMovingRanges);
  }

  public SpcSettings withScreenMovingRanges(boolean screen) {
    return new SpcSettings(minimumPoints, baselinePoints, shiftLength, trendLength, screen);
  }

  private static void atLeast(String name, int value, int min, String why) {
    if (value < min) {
      throw new IllegalArgumentException(
          "SPC setting " + name + " must be at least " + min + " (" + why + "), found " + value);
    }
  }
}
