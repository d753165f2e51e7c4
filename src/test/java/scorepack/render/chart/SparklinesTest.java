package scorepack.render.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.jfree.chart.plot.CategoryPlot;
import org.junit.jupiter.api.Test;
import scorepack.pack.Trend;

class SparklinesTest {
  private static final Trend TREND = new Trend(List.of("Jan", "Feb", "Mar", "Apr"),
      Arrays.asList(new BigDecimal("10"), null, new BigDecimal("30"), new BigDecimal("20")), "Rose from 10 to 20.");

  @Test
  void latestBarIsHighlighted() {
    CategoryPlot plot = Sparklines.barChart(TREND).getCategoryPlot();
    assertThat(plot.getRenderer().getItemPaint(0, 3)).isEqualTo(Sparklines.LATEST);
    assertThat(plot.getRenderer().getItemPaint(0, 0)).isEqualTo(Sparklines.BAR);
  }

  @Test
  void missingFiguresLeaveGaps() {
    CategoryPlot plot = Sparklines.barChart(TREND).getCategoryPlot();
    assertThat(plot.getDataset().getColumnCount()).isEqualTo(4);
    assertThat(plot.getDataset().getValue(0, 1)).isNull();
  }

  @Test
  void eachChartIsScaledFromALittleBelowItsLowestFigureToItsHighest() {
    Trend high = trend("88.1", "90.4", "91.0", "92.2");
    CategoryPlot plot = Sparklines.barChart(high).getCategoryPlot();
    assertThat(plot.getRangeAxis().getUpperBound()).isEqualTo(92.2);
    // A quarter of the spread would be 1.0; a twentieth of the highest figure is more.
    assertThat(plot.getRangeAxis().getLowerBound()).isCloseTo(88.1 - 92.2 / 20, within(1e-9));
    assertThat(Sparklines.range(trend("10", "30", "20").values())).containsExactly(5, 30);
  }

  @Test
  void theLowestFigureStillHasABarSoTheTrendReadsAtAGlance() {
    BufferedImage image = image(trend("88.1", "90.4", "91.0", "92.2"), 80, 20);
    int lowestBar = 4;
    int highestBar = 72;
    assertThat(barHeight(image, lowestBar)).isGreaterThan(2).isLessThan(barHeight(image, highestBar) - 4);
    assertThat(barHeight(image, highestBar)).isEqualTo(20);
  }

  @Test
  void aScaleThatWouldReachBelowZeroStopsAStubBelowItUnlessAFigureIsNegative() {
    // 2 to 25: a quarter of the spread below 2 is below zero, so the floor is 6% of 25 below zero.
    assertThat(Sparklines.range(trend("2", "25", "9").values())).containsExactly(-1.5, 25);
    assertThat(Sparklines.range(trend("-4", "6").values())[0]).isLessThan(-4);
    assertThat(Sparklines.range(trend("96.5", "96.5").values())[0]).isCloseTo(-96.5 * 0.06, within(1e-9));
    assertThat(Sparklines.range(trend("0", "0").values())).containsExactly(-0.06, 1);
    assertThat(Sparklines.range(Arrays.asList(null, null))).containsExactly(0, 1);
  }

  @Test
  void drawsTheLatestBarInItsColourAndNothingWhereTheFigureIsMissing() {
    BufferedImage image = image(TREND, 80, 20);
    int bottom = 19;
    assertThat(image.getRGB(72, bottom) & 0xFFFFFF).isEqualTo(Sparklines.LATEST.getRGB() & 0xFFFFFF);
    assertThat(image.getRGB(30, bottom) >>> 24).as("no bar for February").isZero();
  }

  /** Issue 15, point 6: a zero drew no bar, so it looked like a missing figure. */
  @Test
  void aZeroDrawsAStubWhereAMissingFigureDrawsNothing() {
    Trend withZero = new Trend(List.of("Jan", "Feb", "Mar", "Apr"),
        Arrays.asList(new BigDecimal("5"), BigDecimal.ZERO, null, new BigDecimal("8")), "Zero in February.");
    BufferedImage image = image(withZero, 80, 20);
    assertThat(barHeight(image, 30)).as("February's zero").isGreaterThanOrEqualTo(1).isLessThan(3);
    assertThat(barHeight(image, 50)).as("March has no figure").isZero();
    assertThat(barHeight(image, 72)).isEqualTo(20);
  }

  @Test
  void aTrendWithoutFiguresDrawsNothing() {
    Trend empty = new Trend(List.of("Jan", "Feb"), Arrays.asList(null, null), "No figures.");
    BufferedImage image = new BufferedImage(40, 10, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = image.createGraphics();
    Sparklines.draw(empty, g, new Rectangle2D.Double(0, 0, 40, 10));
    g.dispose();
    for (int x = 0; x < 40; x++) {
      for (int y = 0; y < 10; y++) {
        assertThat(image.getRGB(x, y) >>> 24).isZero();
      }
    }
  }

  private static Trend trend(String... figures) {
    List<String> labels = Arrays.stream(figures).map(f -> "month").toList();
    return new Trend(labels, Arrays.stream(figures).map(BigDecimal::new).toList(), "Figures " + labels);
  }

  private static BufferedImage image(Trend trend, int width, int height) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = image.createGraphics();
    Sparklines.draw(trend, g, new Rectangle2D.Double(0, 0, width, height));
    g.dispose();
    return image;
  }

  /** How many pixels of the column at {@code x} are painted, from the bottom up. */
  private static int barHeight(BufferedImage image, int x) {
    int painted = 0;
    for (int y = image.getHeight() - 1; y >= 0 && (image.getRGB(x, y) >>> 24) > 128; y--) {
      painted++;
    }
    return painted;
  }
}
