package scorepack.render.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;
import scorepack.pack.Chart;

class TrendChartsTest {
  private static final List<Chart.Level> LEVELS = List.of(
      new Chart.Level("Target (green) <95.2", new BigDecimal("95.2"), Chart.Kind.TARGET),
      new Chart.Level("2021/22 outturn 97.8", new BigDecimal("97.8"), Chart.Kind.PREVIOUS_YEAR),
      new Chart.Level("Stat neigh av. 102.4", new BigDecimal("102.4"), Chart.Kind.BENCHMARK),
      new Chart.Level("Best stat neigh 56.0", new BigDecimal("56.0"), Chart.Kind.BENCHMARK),
      new Chart.Level("Red 160+", new BigDecimal("160"), Chart.Kind.RED_THRESHOLD));
  private static final Chart RATE = chart(false, LEVELS, "100.4", "101.1", null, "99.9", "98.1", "96.6", "95.9");

  @Test
  void levelsNearTheFiguresAreDrawnAndFarOnesAreNamedOffTheScale() {
    ChartScale scale = ChartScale.of(RATE);
    assertThat(scale.drawn()).extracting(Chart.Level::label)
        .containsExactly("Target (green) <95.2", "2021/22 outturn 97.8", "Stat neigh av. 102.4");
    assertThat(scale.below()).extracting(Chart.Level::label).containsExactly("Best stat neigh 56.0");
    assertThat(scale.above()).extracting(Chart.Level::label).containsExactly("Red 160+");
    assertThat(scale.low()).isLessThan(95.2).isGreaterThan(90);
    assertThat(scale.high()).isGreaterThan(102.4).isLessThan(105);
  }

  @Test
  void aYearsOutturnOnAChartOfMonthlyCountsIsOffTheScale() {
    Chart admissions = chart(false, List.of(new Chart.Level("2021/22 outturn 175", new BigDecimal("175"),
        Chart.Kind.PREVIOUS_YEAR)), "20", "23", "9", "24", "10");
    ChartScale scale = ChartScale.of(admissions);
    assertThat(scale.above()).hasSize(1);
    assertThat(scale.low()).isBetween(0.0, 9.0);
    assertThat(scale.high()).isLessThan(30);
  }

  @Test
  void aChartWithoutFiguresStillHasAScale() {
    Chart none = chart(true, List.of(), null, null);
    assertThat(ChartScale.of(none).low()).isZero();
    assertThat(ChartScale.of(none).high()).isEqualTo(1);
    Chart flat = chart(true, List.of(), "50", "50");
    assertThat(ChartScale.of(flat).low()).isLessThan(50);
    assertThat(ChartScale.of(flat).high()).isGreaterThan(50);
  }

  @Test
  void everyLevelOfAChartHasItsOwnDashPattern() {
    List<Chart.Level> levels = new ArrayList<>(LEVELS);
    levels.add(new Chart.Level("Nat av. 70.0", new BigDecimal("70"), Chart.Kind.BENCHMARK));
    levels.add(new Chart.Level("Regional av. 78.9", new BigDecimal("78.9"), Chart.Kind.BENCHMARK));
    Set<List<Float>> patterns = new HashSet<>();
    for (LevelStyle style : LevelStyle.of(levels)) {
      BasicStroke stroke = style.stroke();
      assertThat(stroke.getDashArray()).as("never a solid line like the figures'").isNotNull();
      List<Float> pattern = new ArrayList<>();
      for (float dash : stroke.getDashArray()) {
        pattern.add(dash);
      }
      patterns.add(pattern);
    }
    assertThat(patterns).hasSize(levels.size());
  }

  @Test
  void theValueAxisStepsInRoundNumbersWithTheDecimalsTheyNeedAndTheUnit() {
    assertThat(TrendCharts.tickUnit(8, false, false).getSize()).isEqualTo(2);
    assertThat(TrendCharts.tickUnit(2.4, false, true).getSize()).isEqualTo(0.5);
    assertThat(TrendCharts.tickUnit(2.4, false, true).valueToString(9.5)).isEqualTo("9.5%");
    assertThat(TrendCharts.tickUnit(2.4, false, true).valueToString(9)).isEqualTo("9.0%");
    assertThat(TrendCharts.tickUnit(2.4, true, false).getSize()).isEqualTo(1);
    assertThat(TrendCharts.tickUnit(17, true, false).valueToString(1000)).isEqualTo("1,000");
  }

  @Test
  void thePeriodAxisNamesTheLatestPeriodAndEveryFewBeforeIt() {
    Chart chart = InsightCharts.twoYears();
    XYPlot plot = TrendCharts.lineChart(chart).getXYPlot();
    BufferedImage image = new BufferedImage(400, 200, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = image.createGraphics();
    List<?> ticks = plot.getDomainAxis().refreshTicks(g, new org.jfree.chart.axis.AxisState(),
        new Rectangle2D.Double(0, 0, 300, 150), org.jfree.chart.ui.RectangleEdge.BOTTOM);
    g.dispose();
    List<String> names = ticks.stream().map(t -> ((org.jfree.chart.axis.NumberTick) t).getText()).toList();
    assertThat(names).endsWith("Dec 2022").hasSizeLessThanOrEqualTo(8).hasSizeGreaterThan(2);
  }

  @Test
  void labelsNeverOverlapAndStayBesideThePlot() {
    double[] tops = LevelLabels.place(new double[] {50, 52, 54, -1000, 1000}, new double[] {8, 8, 16, 8, 8}, 0, 100);
    double[][] spans = new double[tops.length][];
    double[] heights = {8, 8, 16, 8, 8};
    for (int i = 0; i < tops.length; i++) {
      spans[i] = new double[] {tops[i], tops[i] + heights[i]};
      assertThat(tops[i]).isBetween(0.0, 100.0 - heights[i]);
    }
    for (int i = 0; i < spans.length; i++) {
      for (int j = i + 1; j < spans.length; j++) {
        assertThat(spans[i][1] <= spans[j][0] || spans[j][1] <= spans[i][0]).as("labels %d and %d", i, j).isTrue();
      }
    }
    assertThat(tops[3]).isZero();
    assertThat(tops[4]).isEqualTo(92);
  }

  @Test
  void drawsTheFiguresInTheSeriesColourAndLeavesAGapWhereOneIsMissing() {
    BufferedImage image = new BufferedImage(500, 250, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = image.createGraphics();
    TrendCharts.draw(InsightCharts.twoYears(), g, new Rectangle2D.Double(0, 0, 500, 250));
    g.dispose();
    int series = 0;
    for (int x = 0; x < 500; x++) {
      for (int y = 0; y < 250; y++) {
        if ((image.getRGB(x, y) & 0xFFFFFF) == (TrendCharts.SERIES.getRGB() & 0xFFFFFF)
            && (image.getRGB(x, y) >>> 24) == 0xFF) {
          series++;
        }
      }
    }
    assertThat(series).isGreaterThan(200);
  }

  @Test
  void latestFigureLabelsAreRoundedAsThePackPrintsThem() {
    assertThat(TrendCharts.figure(new BigDecimal("95.89279"), false)).isEqualTo("95.9");
    assertThat(TrendCharts.figure(new BigDecimal("9.2362"), true)).isEqualTo("9.2%");
    assertThat(TrendCharts.figure(new BigDecimal("1234"), false)).isEqualTo("1,234");
  }

  private static Chart chart(boolean percent, List<Chart.Level> levels, String... figures) {
    List<String> labels = new ArrayList<>();
    for (int i = 0; i < figures.length; i++) {
      labels.add("P" + i);
    }
    List<BigDecimal> values = Arrays.stream(figures).map(f -> f == null ? null : new BigDecimal(f)).toList();
    return new Chart("A chart", labels, values, percent, levels, "A chart of " + figures.length + " periods.");
  }

  /** Charts shaped like the real ones. */
  static final class InsightCharts {
    static Chart twoYears() {
      String[] months = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
      List<String> labels = new ArrayList<>();
      List<BigDecimal> values = new ArrayList<>();
      for (int i = 0; i < 24; i++) {
        labels.add(months[i % 12] + " " + (2021 + i / 12));
        values.add(i == 3 ? null : BigDecimal.valueOf(60 + (i * 7) % 11));
      }
      return new Chart("4.18 Stability", labels, values, true, LEVELS.subList(0, 1), "Stability rose.");
    }
  }
}
