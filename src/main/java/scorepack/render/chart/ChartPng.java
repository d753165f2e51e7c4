package scorepack.render.chart;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import scorepack.pack.Chart;

/**
 * A {@link TrendCharts} chart as a PNG picture for a spreadsheet: on white, drawn at {@link
 * #PIXELS_PER_POINT}, with its text larger than in the PDF so that it reads like the sheet's 10pt
 * text. The same chart always gives the same bytes.
 */
public final class ChartPng {
  /**
   * Pixels per point: 144 dpi, one and a half times a 96 dpi screen's, so that a screen scaled to
   * 150% at 100% zoom shows each of the picture's pixels as one of its own. Twice a screen's
   * (192 dpi) is sharper only beyond that, and made drawing and encoding the pictures about a
   * twentieth of a month-end run (bench/README.md).
   */
  private static final double PIXELS_PER_POINT = 1.5 * 96 / 72.0;
  /** How much larger than in the PDF the chart is drawn, so that its 7pt labels show at 10pt. */
  static final double MAGNIFICATION = 10 / 7.0;
  /** White space around the chart, in the chart's own points. */
  private static final double INSET = 4;

  private ChartPng() {}

  /** The chart as a PNG to be shown {@code width} by {@code height} points. */
  public static byte[] of(Chart chart, double width, double height) {
    int pixelWidth = (int) Math.round(width * PIXELS_PER_POINT);
    int pixelHeight = (int) Math.round(height * PIXELS_PER_POINT);
    BufferedImage image = new BufferedImage(pixelWidth, pixelHeight, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, pixelWidth, pixelHeight);
      g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
      double scale = PIXELS_PER_POINT * MAGNIFICATION;
      g.scale(scale, scale);
      TrendCharts.draw(chart, g, new Rectangle2D.Double(INSET, INSET, width / MAGNIFICATION - 2 * INSET,
          height / MAGNIFICATION - 2 * INSET));
    } finally {
      g.dispose();
    }
    return PngEncoder.encode(image);
  }
}
