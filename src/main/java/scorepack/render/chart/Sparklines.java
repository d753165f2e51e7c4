package scorepack.render.chart;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.category.DefaultCategoryDataset;
import scorepack.pack.Trend;

/**
 * Bar sparklines of a {@link Trend}: one bar per period, no axes, labels or legend, a gap where a
 * period has no figure, a low stub for a zero, and the latest period's bar in a stronger colour. Each chart is scaled to
 * its own figures, so that a series near 90% does not look flat; the chart's alternative text
 * states the figures themselves.
 */
public final class Sparklines {
  /** The colour of earlier periods' bars: 3.45:1 against white, enough for a graphic. */
  public static final Color BAR = new Color(0x7A8BA8);
  /** The colour of the latest period's bar. */
  public static final Color LATEST = new Color(0x1F3864);

  private static final String SERIES = "trend";
  /** How far below zero a scale that starts at zero reaches, as a share of its highest figure: a zero's bar. */
  static final double ZERO_STUB = 0.06;

  private Sparklines() {}

  /** A bar chart of the trend, ready to draw at any size. */
  public static JFreeChart barChart(Trend trend) {
    Objects.requireNonNull(trend, "trend");
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    List<BigDecimal> values = trend.values();
    for (int i = 0; i < values.size(); i++) {
      // Keyed by position: labels need not be unique, and null leaves a gap.
      data.addValue(values.get(i), SERIES, Integer.valueOf(i));
    }

    CategoryAxis periods = new CategoryAxis();
    periods.setVisible(false);
    periods.setLowerMargin(0.02);
    periods.setUpperMargin(0.02);
    periods.setCategoryMargin(0.2);
    NumberAxis scale = new NumberAxis();
    scale.setVisible(false);
    scale.setAutoRange(false);
    double[] range = range(values);
    scale.setRange(range[0], range[1]);

    LatestBarRenderer bars = new LatestBarRenderer(values.size() - 1, BAR, LATEST);
    bars.setBarPainter(new StandardBarPainter());
    bars.setShadowVisible(false);
    bars.setDrawBarOutline(false);
    bars.setMaximumBarWidth(1.0);
    // Bars of figures that cannot be negative rise from the axis floor, a stub below zero when the
    // scale starts there, so that a zero is a low bar and only a period without a figure is a gap.
    boolean nonNegative = values.stream().allMatch(v -> v == null || v.signum() >= 0);
    bars.setBase(nonNegative && range[0] < 0 ? range[0] : 0);

    CategoryPlot plot = new CategoryPlot(data, periods, scale, bars);
    plot.setOrientation(PlotOrientation.VERTICAL);
    plot.setBackgroundPaint(null);
    plot.setOutlineVisible(false);
    plot.setInsets(RectangleInsets.ZERO_INSETS);
    plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
    plot.setRangeGridlinesVisible(false);
    plot.setDomainGridlinesVisible(false);

    JFreeChart chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, false);
    chart.setBackgroundPaint(null);
    chart.setBorderVisible(false);
    chart.setPadding(RectangleInsets.ZERO_INSETS);
    chart.setAntiAlias(true);
    return chart;
  }

  /**
   * Loads the chart library, Java's 2D graphics and its font system (a fifth of a second on a cold
   * start) by drawing a throwaway chart and label, so that a run can do it on an idle core while the
   * first pack is calculated instead of when the first chart is drawn.
   */
  public static void prepare() {
    BufferedImage image = new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      draw(new Trend(List.of("a", "b"), List.of(BigDecimal.ONE, BigDecimal.TEN), "rising"), g,
          new Rectangle2D.Double(0, 0, 40, 20));
      g.setFont(ChartFonts.regular(7));
      g.drawString("0", 0, 10);
    } finally {
      g.dispose();
    }
  }

  /** Draws the trend's sparkline filling {@code area}. */
  public static void draw(Trend trend, Graphics2D g, Rectangle2D area) {
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    barChart(trend).draw(g, area);
  }

  /**
   * The value axis of one chart: from a little below the lowest figure (by a quarter of the spread,
   * and at least a twentieth of the largest figure, so that a change of a tenth of a percent does
   * not fill the chart) to the highest. Where that would reach below zero and no figure does, it
   * starts just below zero instead ({@link #ZERO_STUB} of the highest figure), so that a zero has a
   * bar; a series whose figures are all the same is drawn from there too.
   */
  static double[] range(List<BigDecimal> values) {
    double low = Double.POSITIVE_INFINITY;
    double high = Double.NEGATIVE_INFINITY;
    for (BigDecimal v : values) {
      if (v != null) {
        low = Math.min(low, v.doubleValue());
        high = Math.max(high, v.doubleValue());
      }
    }
    if (low > high) {
      return new double[] {0, 1};
    }
    double stub = -Math.max(high, 1) * ZERO_STUB;
    if (high == low) {
      return low >= 0 ? new double[] {stub, Math.max(high, 1)} : new double[] {low, low + 1};
    }
    double margin = Math.max((high - low) / 4, Math.max(Math.abs(high), Math.abs(low)) / 20);
    double from = low - margin;
    return new double[] {low >= 0 && from < 0 ? stub : from, high};
  }
}
