package scorepack.render.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYLineAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import scorepack.engine.DisplayPrecision;
import scorepack.pack.Chart;

/**
 * Line charts of a {@link Chart}: the figures as a solid line with a dot per period (a gap where a
 * period has none), the reference levels as horizontal lines each in its own dash pattern, and
 * beside the right edge a label for each level and for the latest figure, in the colour of its line
 * and joined to it by a short stretch of that line. Levels far from the figures are named above or
 * below the labels (▲ ▼) instead of drawn. The time axis names a few periods, the value axis
 * carries the unit. Nothing depends on colour alone: the labels name every line.
 */
public final class TrendCharts {
  /** The figures' line: 11.6:1 against white. */
  public static final Color SERIES = new Color(0x1F3864);
  private static final Color AXIS = new Color(0xBFBFBF);
  private static final Color GRID = new Color(0xE4E4E4);
  private static final Color AXIS_TEXT = new Color(0x404040);
  private static final float FONT_SIZE = 7;
  /** About how many steps the value axis is divided into. */
  private static final double TICKS = 6;
  /** The label column is at most this share of the chart's width. */
  private static final double MAX_LABEL_SHARE = 0.34;
  /** The stretch of line between the plot's edge and a label. */
  private static final double CONNECTOR = 16;
  private static final double LABEL_INSET = 2;

  private TrendCharts() {}

  /** The chart's plot with its figures and the levels on its scale, drawn without the labels. */
  public static JFreeChart lineChart(Chart chart) {
    return lineChart(chart, ChartScale.of(chart), ChartFonts.regular(FONT_SIZE));
  }

  /** Draws the chart, with its labels, filling {@code area} (in points, y down). */
  public static void draw(Chart chart, Graphics2D g, Rectangle2D area) {
    Objects.requireNonNull(chart, "chart");
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
    ChartScale scale = ChartScale.of(chart);
    Font font = ChartFonts.regular(FONT_SIZE);
    FontRenderContext frc = g.getFontRenderContext();
    List<Label> labels = labels(chart, scale);
    double widest = 0;
    for (Label label : labels) {
      widest = Math.max(widest, LevelLabels.width(label.text(), font, frc));
    }
    double labelWidth = Math.min(widest + 1, area.getWidth() * MAX_LABEL_SHARE);
    double plotWidth = area.getWidth() - (labels.isEmpty() ? 0 : labelWidth + LABEL_INSET);
    Rectangle2D plotArea = new Rectangle2D.Double(area.getX(), area.getY(), plotWidth, area.getHeight());

    JFreeChart plot = lineChart(chart, scale, font);
    // The latest period's name is centred under its point: room for its right half, which the chart
    // would otherwise clip, and for the stretch of line that leads to the labels.
    String last = chart.labels().isEmpty() ? "" : chart.labels().get(chart.labels().size() - 1);
    double right = Math.max(labels.isEmpty() ? 0 : CONNECTOR, LevelLabels.width(last, font, frc) / 2 + 1);
    plot.getXYPlot().setInsets(new RectangleInsets(4, 0, 0, right));
    ChartRenderingInfo info = new ChartRenderingInfo(null);
    plot.draw(g, plotArea, info);
    Rectangle2D data = info.getPlotInfo().getDataArea();
    NumberAxis values = (NumberAxis) plot.getXYPlot().getRangeAxis();
    if (chart.values().stream().allMatch(Objects::isNull)) {
      g.setFont(font);
      g.setColor(AXIS_TEXT);
      String none = "No figures for these periods";
      g.drawString(none, (float) (data.getCenterX() - LevelLabels.width(none, font, frc) / 2),
          (float) data.getCenterY());
    }
    drawLabels(g, labels, font, frc, labelWidth, data, plotArea.getMaxX() + LABEL_INSET, values);
  }

  private static JFreeChart lineChart(Chart chart, ChartScale scale, Font font) {
    XYSeries series = new XYSeries("figures", false, true);
    for (int i = 0; i < chart.values().size(); i++) {
      BigDecimal v = chart.values().get(i);
      series.add(Integer.valueOf(i), v == null ? null : Double.valueOf(v.doubleValue()));
    }
    PeriodAxis periods = new PeriodAxis(chart.labels());
    periods.setTickLabelFont(font);
    periods.setTickLabelPaint(AXIS_TEXT);
    periods.setAxisLinePaint(AXIS);
    periods.setTickMarkPaint(AXIS);

    NumberAxis values = new NumberAxis();
    values.setAutoRange(false);
    values.setRange(scale.low(), scale.high());
    values.setTickUnit(tickUnit(scale.high() - scale.low(), whole(chart), chart.percent()), false, true);
    values.setTickLabelFont(font);
    values.setTickLabelPaint(AXIS_TEXT);
    values.setAxisLinePaint(AXIS);
    values.setTickMarkPaint(AXIS);
    values.setMinorTickMarksVisible(false);

    XYLineAndShapeRenderer line = new XYLineAndShapeRenderer(true, true);
    line.setSeriesPaint(0, SERIES);
    line.setSeriesStroke(0, new BasicStroke(1.6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    line.setSeriesShape(0, new Ellipse2D.Double(-1.7, -1.7, 3.4, 3.4));
    line.setDrawSeriesLineAsPath(false);

    XYPlot plot = new XYPlot(new XYSeriesCollection(series), periods, values, line);
    plot.setBackgroundPaint(null);
    plot.setOutlineVisible(false);
    plot.setInsets(new RectangleInsets(4, 0, 0, 2));
    plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
    plot.setDomainGridlinesVisible(false);
    plot.setRangeGridlinePaint(GRID);
    plot.setRangeGridlineStroke(new BasicStroke(0.5f));
    List<LevelStyle> styles = LevelStyle.of(chart.levels());
    for (int i = 0; i < chart.levels().size(); i++) {
      Chart.Level level = chart.levels().get(i);
      if (scale.drawn().contains(level) && level.from() > 0) {
        // From its period, half a period early, to the right edge where the label's connector starts.
        double y = level.value().doubleValue();
        line.addAnnotation(new XYLineAnnotation(level.from() - 0.5, y, periods.getUpperBound(), y,
            styles.get(i).stroke(), styles.get(i).colour()), Layer.BACKGROUND);
      } else if (scale.drawn().contains(level)) {
        ValueMarker marker = new ValueMarker(level.value().doubleValue(), styles.get(i).colour(),
            styles.get(i).stroke());
        // Opaque: transparency would need a blending space in PDF/A.
        marker.setAlpha(1f);
        plot.addRangeMarker(marker, Layer.BACKGROUND);
      }
    }

    JFreeChart chartObject = new JFreeChart(null, font, plot, false);
    chartObject.setBackgroundPaint(null);
    chartObject.setBorderVisible(false);
    chartObject.setPadding(RectangleInsets.ZERO_INSETS);
    chartObject.setAntiAlias(true);
    return chartObject;
  }

  /**
   * One label beside the chart.
   *
   * @param text what it says
   * @param colour its colour and its connector's
   * @param stroke its connector, or null for none (a level off the scale)
   * @param value where its line is, or null for none
   * @param above for a level off the scale, whether it is above
   */
  private record Label(String text, Color colour, BasicStroke stroke, Double value, boolean above) {}

  private static List<Label> labels(Chart chart, ChartScale scale) {
    List<Label> labels = new ArrayList<>();
    chart.latest().ifPresent(v -> labels.add(new Label(chart.labels().get(chart.labels().size() - 1) + ": "
        + figure(v, chart.percent()), SERIES, new BasicStroke(0.75f), v.doubleValue(), false)));
    List<LevelStyle> styles = LevelStyle.of(chart.levels());
    for (int i = 0; i < chart.levels().size(); i++) {
      Chart.Level level = chart.levels().get(i);
      LevelStyle style = styles.get(i);
      if (scale.drawn().contains(level)) {
        labels.add(new Label(level.label(), style.colour(), style.stroke(), level.value().doubleValue(), false));
      } else {
        boolean above = scale.above().contains(level);
        labels.add(new Label((above ? "▲ " : "▼ ") + level.label() + (above ? " (above the scale)"
            : " (below the scale)"), style.colour(), null, null, above));
      }
    }
    return labels;
  }

  /** @param x the labels' left edge */
  private static void drawLabels(Graphics2D g, List<Label> labels, Font font, FontRenderContext frc,
      double labelWidth, Rectangle2D data, double x, NumberAxis values) {
    double lineHeight = font.getSize2D() * 1.15;
    double ascent = font.getLineMetrics("Ag", frc).getAscent();
    List<List<String>> lines = new ArrayList<>();
    double[] centres = new double[labels.size()];
    double[] heights = new double[labels.size()];
    for (int i = 0; i < labels.size(); i++) {
      Label label = labels.get(i);
      lines.add(LevelLabels.wrap(label.text(), font, frc, labelWidth));
      heights[i] = lines.get(i).size() * lineHeight;
      centres[i] = label.value() != null ? values.valueToJava2D(label.value(), data, RectangleEdge.LEFT)
          : label.above() ? data.getMinY() - 1000 : data.getMaxY() + 1000;
    }
    double[] tops = LevelLabels.place(centres, heights, data.getMinY(), data.getMaxY());
    g.setFont(font);
    for (int i = 0; i < labels.size(); i++) {
      Label label = labels.get(i);
      g.setColor(label.colour());
      if (label.stroke() != null) {
        double middle = tops[i] + Math.min(heights[i], lineHeight) / 2;
        g.setStroke(label.stroke());
        g.draw(LevelLabels.leader(data.getMaxX(), centres[i], x - LABEL_INSET, middle));
      }
      double baseline = tops[i] + (lineHeight - font.getSize2D()) / 2 + ascent;
      for (String text : lines.get(i)) {
        g.drawString(text, (float) x, (float) baseline);
        baseline += lineHeight;
      }
    }
  }

  /** The figure as the label beside the line shows it: whole numbers as they are, others to one decimal place. */
  public static String figure(BigDecimal value, boolean percent) {
    BigDecimal stripped = value.stripTrailingZeros();
    String text = DisplayPrecision.grouped(stripped.scale() <= 0 ? stripped.setScale(0)
        : DisplayPrecision.round(value, 1));
    return percent ? text + "%" : text;
  }

  /**
   * A step of 1, 2, 2.5 or 5 times a power of ten that divides the range into about six, and the
   * format that prints its multiples with just the decimals they need, e.g. "9.5%".
   *
   * @param whole whether the figures are whole numbers, so the step is too
   */
  static NumberTickUnit tickUnit(double range, boolean whole, boolean percent) {
    double raw = range / TICKS;
    double power = Math.pow(10, Math.floor(Math.log10(raw)));
    double[] nice = whole ? new double[] {1, 2, 5, 10} : new double[] {1, 2, 2.5, 5, 10};
    double step = 10 * power;
    for (double n : nice) {
      if (raw <= n * power * (1 + 1e-9)) {
        step = n * power;
        break;
      }
    }
    if (whole) {
      step = Math.max(1, Math.round(step));
    }
    int decimals = Math.max(0, BigDecimal.valueOf(step).stripTrailingZeros().scale());
    StringBuilder pattern = new StringBuilder("#,##0");
    if (decimals > 0) {
      pattern.append('.').append("0".repeat(decimals));
    }
    if (percent) {
      pattern.append("'%'");
    }
    return new NumberTickUnit(step,
        new DecimalFormat(pattern.toString(), DecimalFormatSymbols.getInstance(Locale.UK)));
  }

  /** Whether every figure and level is a whole number, so the axis counts in whole steps. */
  private static boolean whole(Chart chart) {
    for (BigDecimal v : chart.values()) {
      if (v != null && v.stripTrailingZeros().scale() > 0) {
        return false;
      }
    }
    return chart.levels().stream().allMatch(l -> l.value().stripTrailingZeros().scale() <= 0);
  }
}
