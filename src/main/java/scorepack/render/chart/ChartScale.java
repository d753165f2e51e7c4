package scorepack.render.chart;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import scorepack.pack.Chart;

/**
 * The value range of a trend chart and the reference levels drawn on it. The range covers the
 * figures and every level near them; a level far from the figures (a national average half the
 * line's value, a year's outturn on a chart of monthly counts) would squash the line flat, so it is
 * left off the scale and named above or below the chart instead.
 *
 * @param low the bottom of the value axis
 * @param high the top of the value axis
 * @param drawn the levels drawn as lines, in the chart's order
 * @param above the levels above the scale
 * @param below the levels below the scale
 */
record ChartScale(double low, double high, List<Chart.Level> drawn, List<Chart.Level> above,
    List<Chart.Level> below) {
  /** Space above and below the highest and lowest figure or level, as a share of the range. */
  private static final double MARGIN = 0.08;

  ChartScale {
    drawn = List.copyOf(drawn);
    above = List.copyOf(above);
    below = List.copyOf(below);
    if (!(low < high)) {
      throw new IllegalArgumentException("a chart's scale needs low < high, not " + low + " to " + high);
    }
  }

  static ChartScale of(Chart chart) {
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (BigDecimal v : chart.values()) {
      if (v != null) {
        lo = Math.min(lo, v.doubleValue());
        hi = Math.max(hi, v.doubleValue());
      }
    }
    List<Chart.Level> drawn = new ArrayList<>();
    List<Chart.Level> above = new ArrayList<>();
    List<Chart.Level> below = new ArrayList<>();
    boolean noFigures = lo > hi;
    // A level is near when it is no further from the figures than their own spread, or than a
    // tenth of their size when they barely move.
    double reach = noFigures ? Double.POSITIVE_INFINITY
        : Math.max(hi - lo, Math.max(Math.abs(lo), Math.abs(hi)) / 10);
    double from = lo - reach;
    double to = hi + reach;
    for (Chart.Level level : chart.levels()) {
      double v = level.value().doubleValue();
      if (v > to) {
        above.add(level);
      } else if (v < from) {
        below.add(level);
      } else {
        drawn.add(level);
        lo = Math.min(lo, v);
        hi = Math.max(hi, v);
      }
    }
    if (lo > hi) {
      return new ChartScale(0, 1, drawn, above, below);
    }
    double margin = hi > lo ? (hi - lo) * MARGIN : Math.max(1, Math.abs(hi) * MARGIN);
    double low = lo - margin;
    // Figures that cannot be negative are not given a negative axis.
    if (lo >= 0 && low < 0) {
      low = 0;
    }
    return new ChartScale(low, hi + margin, drawn, above, below);
  }
}
