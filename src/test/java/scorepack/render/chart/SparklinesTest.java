package scorepack.render.chart;

import static org.assertj.core.api.Assertions.assertThat;

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
  void missingFiguresLeaveGapsAndBarsStartAtZero() {
    CategoryPlot plot = Sparklines.barChart(TREND).getCategoryPlot();
    assertThat(plot.getDataset().getColumnCount()).isEqualTo(4);
    assertThat(plot.getDataset().getValue(0, 1)).isNull();
    assertThat(plot.getRangeAxis().getLowerBound()).isZero();
    assertThat(plot.getRangeAxis().getUpperBound()).isEqualTo(30);
  }

  @Test
  void drawsTheLatestBarInItsColourAndNothingWhereTheFigureIsMissing() {
    BufferedImage image = new BufferedImage(80, 20, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = image.createGraphics();
    Sparklines.draw(TREND, g, new Rectangle2D.Double(0, 0, 80, 20));
    g.dispose();
    int bottom = 19;
    assertThat(image.getRGB(72, bottom) & 0xFFFFFF).isEqualTo(Sparklines.LATEST.getRGB() & 0xFFFFFF);
    assertThat(image.getRGB(30, bottom) >>> 24).as("no bar for February").isZero();
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
}
