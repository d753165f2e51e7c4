package scorepack.render.chart;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTick;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;

/**
 * The time axis of a trend chart: period i at x = i, and the names of a few periods under it,
 * always the latest and then every second, third, fourth, sixth or twelfth period back from it,
 * as many as fit side by side.
 */
final class PeriodAxis extends NumberAxis {
  private static final int[] STEPS = {1, 2, 3, 4, 6, 12};
  /** Space between two period names, in points. */
  private static final double GAP = 8;

  private final List<String> labels;

  PeriodAxis(List<String> labels) {
    this.labels = List.copyOf(labels);
    setAutoRange(false);
    setRange(-0.5, Math.max(0.5, labels.size() - 0.5));
    setTickMarksVisible(true);
    setMinorTickMarksVisible(false);
  }

  @Override
  @SuppressWarnings("rawtypes") // JFreeChart declares the raw List this overrides
  public List refreshTicks(Graphics2D g2, AxisState state, Rectangle2D dataArea, RectangleEdge edge) {
    List<NumberTick> ticks = new ArrayList<>();
    if (labels.isEmpty()) {
      return ticks;
    }
    double widest = 0;
    for (String label : labels) {
      widest = Math.max(widest, getTickLabelFont().getStringBounds(label, g2.getFontRenderContext()).getWidth());
    }
    int step = STEPS[STEPS.length - 1];
    for (int candidate : STEPS) {
      int count = (labels.size() + candidate - 1) / candidate;
      if (count * (widest + GAP) <= dataArea.getWidth()) {
        step = candidate;
        break;
      }
    }
    for (int i = labels.size() - 1; i >= 0; i -= step) {
      ticks.add(0, new NumberTick((double) i, labels.get(i), TextAnchor.TOP_CENTER, TextAnchor.CENTER, 0));
    }
    return ticks;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof PeriodAxis axis && axis.labels.equals(labels) && super.equals(other);
  }

  @Override
  public int hashCode() {
    return Objects.hash(super.hashCode(), labels);
  }
}
