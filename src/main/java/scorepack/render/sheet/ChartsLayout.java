package scorepack.render.sheet;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import scorepack.pack.Chart;
import scorepack.pack.KeyFactTopic;
import scorepack.pack.NumberFormat;
import scorepack.pack.Pack;
import scorepack.pack.Tone;

/**
 * The trend charts: a sheet of text and pictures, and a sheet with one table of the figures they
 * draw. On the Charts sheet each chart has its title and the sentence describing it as text, then
 * its picture on a row of its own, whose alternative text is the same sentence; the scorecard's
 * charts come first, then each key-facts topic's under the topic's title. The Chart data table
 * lists every chart's figures, one row per period, and its reference lines, so that nothing is
 * shown only as an image.
 */
final class ChartsLayout {
  static final String NAME = "Charts";
  static final String DATA_NAME = "Chart data";
  static final List<String> DATA_HEADERS = List.of("Chart", "Line", "Period", "Value");
  /** The size of a chart's picture, in points: it fits column B. */
  static final double IMAGE_WIDTH = 500;
  static final double IMAGE_HEIGHT = 225;
  static final String FIGURES = "Figure";
  static final String ALL_PERIODS = "All periods";
  private static final int DECIMALS = 6;
  private static final List<Integer> WIDTHS = List.of(24, 100);
  private static final List<Integer> DATA_WIDTHS = List.of(50, 36, 12, 12);

  private ChartsLayout() {}

  /** A chart and where it is shown: under the scorecard or a key-facts topic's title. */
  record Placed(String group, Chart chart) {
    Placed {
      Objects.requireNonNull(group, "group");
      Objects.requireNonNull(chart, "chart");
    }
  }

  /** Every chart of the pack, in the order the Charts sheet shows them. */
  static List<Placed> charts(Pack pack) {
    List<Placed> charts = new ArrayList<>();
    pack.charts().forEach(c -> charts.add(new Placed("Scorecard", c)));
    for (KeyFactTopic topic : pack.keyFacts()) {
      topic.charts().forEach(c -> charts.add(new Placed("Key facts: " + topic.title(), c)));
    }
    return charts;
  }

  static SheetLayout charts(Pack pack, List<Placed> charts, String name, String dataName) {
    List<List<SheetCell>> lines = new ArrayList<>();
    List<SheetImage> images = new ArrayList<>();
    line(lines, "This worksheet has " + charts.size() + (charts.size() == 1 ? " trend chart" : " trend charts")
        + ": for each, its title, a sentence saying what it shows, then its picture. The figures they draw are on"
        + " the " + dataName + " sheet.", TextRole.LINE);
    line(lines, "Each chart shows the figures as a solid line with a dot per period, with a gap where a period has no"
        + " figure. Reference lines are dashed, each in its own pattern, and named at the right: the target in"
        + " long dashes, the red threshold in short dashes, last year's outturn dotted, benchmarks dash-dotted.",
        TextRole.LINE);
    String group = null;
    for (int i = 0; i < charts.size(); i++) {
      Placed placed = charts.get(i);
      if (!placed.group().equals(group)) {
        group = placed.group();
        line(lines, group, TextRole.HEADING);
      }
      String label = "Chart " + (i + 1);
      lines.add(List.of(SheetCell.text(label, TextRole.LABEL), SheetCell.text(placed.chart().title(), TextRole.LABEL)));
      lines.add(List.of(SheetCell.text("", TextRole.LABEL),
          SheetCell.text(placed.chart().description(), TextRole.PARAGRAPH)));
      lines.add(List.of());
      // Row 0 is the title, so the row just added is row lines.size().
      images.add(new SheetImage(lines.size(), 1, placed.chart(), label, IMAGE_WIDTH, IMAGE_HEIGHT,
          "The picture of this chart is in the XLSX edition of this workbook; the figures it draws are on the "
              + dataName + " sheet, as " + label + "."));
    }
    return new SheetLayout(name, "Trend charts: " + pack.front().asAtLine(), lines, null, WIDTHS, images);
  }

  /** One table of every chart's figures and reference lines. */
  static SheetLayout data(List<Placed> charts, String name, String chartsName) {
    List<List<SheetCell>> rows = new ArrayList<>();
    for (int i = 0; i < charts.size(); i++) {
      Chart chart = charts.get(i).chart();
      String title = "Chart " + (i + 1) + ": " + chart.title();
      FigureFormat format = format(chart);
      for (int p = 0; p < chart.labels().size(); p++) {
        BigDecimal value = chart.values().get(p);
        rows.add(List.of(SheetCell.body(title), SheetCell.body(FIGURES), SheetCell.body(chart.labels().get(p)),
            value != null ? figure(value, format) : SheetCell.body(chart.isSuppressed(p)
                ? Shorthand.CONFIDENTIAL.symbol() : Shorthand.NOT_AVAILABLE.symbol())));
      }
      for (Chart.Level level : chart.levels()) {
        rows.add(List.of(SheetCell.body(title), SheetCell.body(level.label()),
            SheetCell.body(level.from() == 0 ? ALL_PERIODS : "From " + chart.labels().get(level.from())),
            figure(level.value(), format)));
      }
    }
    TableLayout table = new TableLayout("Chart_data", DATA_HEADERS, rows, DATA_WIDTHS);
    List<String> lines = new ArrayList<>();
    lines.add("This worksheet contains one table: the figures each chart on the " + chartsName + " sheet draws.");
    lines.add("Line is " + FIGURES + " for the chart's figures, one row per period, or the name of a reference line"
        + " drawn across the whole chart at one value (Period: " + ALL_PERIODS.toLowerCase(Locale.ROOT)
        + "), or from a named period to the end (a process mean or limit after a rebase).");
    if (table.holdsPercentages()) {
      lines.add(FigureFormat.PERCENT_POINTS);
    }
    for (Shorthand shorthand : Shorthand.values()) {
      if (table.contains(shorthand.symbol())) {
        lines.add(shorthand.explanation());
      }
    }
    return SheetLayout.withTable(name, "Chart data: the figures of the trend charts",
        ListLayouts.lines(lines.toArray(String[]::new)), table);
  }

  /** As the chart labels them: percentages and other figures to one decimal place, whole numbers as they are. */
  static FigureFormat format(Chart chart) {
    boolean whole = chart.values().stream().filter(Objects::nonNull)
        .allMatch(v -> v.stripTrailingZeros().scale() <= 0)
        && chart.levels().stream().allMatch(l -> l.value().stripTrailingZeros().scale() <= 0);
    if (chart.percent()) {
      return FigureFormat.plain(whole ? NumberFormat.PERCENT_INTEGER : NumberFormat.PERCENT_ONE_DECIMAL);
    }
    return FigureFormat.plain(whole ? NumberFormat.INTEGER : NumberFormat.ONE_DECIMAL);
  }

  /** To six decimal places in the chart's unit, as the Data sheet and the CSV output give figures. */
  private static SheetCell figure(BigDecimal value, FigureFormat format) {
    BigDecimal rounded = value.setScale(DECIMALS, RoundingMode.HALF_UP).stripTrailingZeros();
    return new SheetCell.Figure(rounded, format, Tone.PLAIN);
  }

  private static void line(List<List<SheetCell>> lines, String text, TextRole role) {
    lines.add(List.of(SheetCell.text(text, role)));
  }
}
