package scorepack.render.html;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import scorepack.pack.Chart;
import scorepack.pack.Pack;
import scorepack.render.chart.TrendCharts;

/**
 * The pack's charts as inline SVG line charts, each a figure whose caption is the chart's own
 * description (its text alternative). The drawing only places the pack's figures and levels on the
 * page; the vertical range runs from the smallest to the largest of them. It is drawn 400 units
 * wide, about a phone's width, so that its 12px text stays near 11px on a 390px screen (a wider
 * drawing, shrunk to fit, printed it at 7px), and tall enough to keep the levels' labels apart.
 */
final class ChartFigures {
  private static final int W = 400;
  private static final int H = 300;
  private static final int LEFT = 56;
  private static final int RIGHT = 16;
  private static final int TOP = 16;
  private static final int BOTTOM = 40;
  /** The height of a label line, at the stylesheet's 12px chart text. */
  private static final int LABEL_GAP = 13;
  /** A generous width of one character of the 12px chart text, to keep the period labels apart. */
  private static final double CHARACTER_WIDTH = 7.5;
  /** The least space between two period labels. */
  private static final double LABEL_SPACE = 8;

  private ChartFigures() {}

  static void writeCharts(Pack pack, Html html) {
    if (pack.charts().isEmpty()) {
      return;
    }
    html.raw("<section aria-labelledby=\"charts\">\n<h2 id=\"charts\">Charts</h2>\n<div class=\"charts\">\n");
    pack.charts().forEach(c -> figure(c, "h3", html));
    html.raw("</div>\n</section>\n");
  }

  static void figure(Chart chart, String heading, Html html) {
    html.raw("<figure class=\"chart\">\n").element(heading, chart.title()).raw("\n")
        .raw("<svg viewBox=\"0 0 " + W + " " + H + "\" role=\"img\" aria-label=\"" + Html.attr(chart.title() + ". "
            + chart.description()) + "\" focusable=\"false\">\n");
    List<BigDecimal> all = new ArrayList<>();
    chart.values().stream().filter(v -> v != null).forEach(all::add);
    chart.levels().forEach(l -> all.add(l.value()));
    if (!all.isEmpty()) {
      double min = all.stream().mapToDouble(BigDecimal::doubleValue).min().orElse(0);
      double max = all.stream().mapToDouble(BigDecimal::doubleValue).max().orElse(1);
      min = Math.min(min, 0);
      if (max == min) {
        max = min + 1;
      }
      draw(chart, min, max, html);
    }
    html.raw("</svg>\n").element("figcaption", chart.description()).raw("\n</figure>\n");
  }

  private static void draw(Chart chart, double min, double max, Html html) {
    int n = chart.values().size();
    double plotW = W - LEFT - RIGHT;
    double plotH = H - TOP - BOTTOM;
    html.raw("<line class=\"axis\" x1=\"" + LEFT + "\" y1=\"" + (H - BOTTOM) + "\" x2=\"" + (W - RIGHT) + "\" y2=\""
        + (H - BOTTOM) + "\"/>\n");
    html.raw(label(LEFT - 6, y(max, min, max, plotH) + 4, "end", number(max, chart.percent())));
    html.raw(label(LEFT - 6, y(min, min, max, plotH) + 4, "end", number(min, chart.percent())));
    List<double[]> labels = new ArrayList<>();
    for (int i = 0; i < chart.levels().size(); i++) {
      Chart.Level level = chart.levels().get(i);
      double ly = y(level.value().doubleValue(), min, max, plotH);
      double from = x(level.from(), n, plotW);
      html.raw("<line class=\"level\" x1=\"" + fmt(from) + "\" y1=\"" + fmt(ly) + "\" x2=\"" + (W - RIGHT) + "\" y2=\""
          + fmt(ly) + "\"/>\n");
      labels.add(new double[] {ly - 4, i});
    }
    for (double[] at : apart(labels)) {
      html.raw(label(W - RIGHT, at[0], "end", chart.levels().get((int) at[1]).label()));
    }
    boolean[] labelled = labelledPeriods(chart.labels(), plotW);
    StringBuilder points = new StringBuilder();
    for (int i = 0; i < n; i++) {
      BigDecimal v = chart.values().get(i);
      if (v != null) {
        double px = x(i, n, plotW);
        double py = y(v.doubleValue(), min, max, plotH);
        points.append(points.length() == 0 ? "" : " ").append(fmt(px)).append(',').append(fmt(py));
        html.raw("<circle class=\"point\" cx=\"" + fmt(px) + "\" cy=\"" + fmt(py) + "\" r=\"3\"/>\n");
      }
      if (labelled[i]) {
        // the last period's label ends at the plot's edge, so the picture does not cut it off
        html.raw(label(x(i, n, plotW), H - BOTTOM + 18, i == n - 1 && n > 1 ? "end" : "middle", chart.labels().get(i)));
      }
    }
    html.raw("<polyline class=\"series\" points=\"" + points + "\"/>\n");
  }

  /**
   * Which periods are labelled under the axis: the first and the last, and between them every k-th,
   * k the fewest periods that keep the widest labels apart, except one that would run into the last
   * period's label.
   */
  private static boolean[] labelledPeriods(List<String> labels, double plotW) {
    int n = labels.size();
    boolean[] labelled = new boolean[n];
    if (n == 0) {
      return labelled;
    }
    labelled[0] = true;
    labelled[n - 1] = true;
    double step = plotW / Math.max(1, n - 1);
    double widest = labels.stream().mapToDouble(ChartFigures::width).max().orElse(0);
    int every = Math.max((int) Math.ceil((widest + LABEL_SPACE) / step), n / 4);
    for (int i = every; i < n - 1; i += every) {
      // the last label ends at the edge; this one is centred on its period
      double roomToLast = (n - 1 - i) * step - width(labels.get(n - 1)) - width(labels.get(i)) / 2;
      labelled[i] = roomToLast >= LABEL_SPACE;
    }
    return labelled;
  }

  private static double width(String label) {
    return label.length() * CHARACTER_WIDTH;
  }

  /**
   * The reference lines' labels, each {y, level}, moved apart so that none overlaps the next: close
   * levels (a benchmark beside the target) would otherwise print their labels over each other.
   */
  private static List<double[]> apart(List<double[]> labels) {
    List<double[]> sorted = new ArrayList<>(labels);
    sorted.sort((a, b) -> Double.compare(a[0], b[0]));
    for (int i = 1; i < sorted.size(); i++) {
      sorted.get(i)[0] = Math.max(sorted.get(i)[0], sorted.get(i - 1)[0] + LABEL_GAP);
    }
    // Labels pushed below the axis go back up, keeping their gaps.
    double bottom = H - BOTTOM - 2;
    for (int i = sorted.size() - 1; i >= 0 && sorted.get(i)[0] > bottom; i--) {
      sorted.get(i)[0] = bottom;
      bottom -= LABEL_GAP;
    }
    return sorted;
  }

  private static String label(double x, double y, String anchor, String text) {
    return "<text x=\"" + fmt(x) + "\" y=\"" + fmt(y) + "\" text-anchor=\"" + anchor + "\">" + Html.escape(text)
        + "</text>\n";
  }

  private static double x(int i, int n, double plotW) {
    return LEFT + (n <= 1 ? plotW / 2 : plotW * i / (n - 1));
  }

  private static double y(double v, double min, double max, double plotH) {
    return TOP + plotH * (max - v) / (max - min);
  }

  private static String number(double v, boolean percent) {
    return TrendCharts.figure(BigDecimal.valueOf(v), percent);
  }

  private static String fmt(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }
}
