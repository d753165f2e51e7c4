package scorepack.render.chart;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;

/**
 * The typeface of chart labels: Liberation Sans from the classpath, the face the PDF sets its text
 * in, so that a chart draws the same glyphs on every machine whatever fonts it has installed. Only
 * if the font is missing are the labels set in the JDK's own sans serif.
 */
final class ChartFonts {
  private static final String REGULAR = "liberation/LiberationSans-Regular.ttf";
  private static final Font BASE = load();

  private ChartFonts() {}

  static Font regular(float size) {
    return BASE.deriveFont(Font.PLAIN, size);
  }

  private static Font load() {
    try (InputStream in = ChartFonts.class.getClassLoader().getResourceAsStream(REGULAR)) {
      if (in != null) {
        return Font.createFont(Font.TRUETYPE_FONT, in);
      }
    } catch (IOException | FontFormatException e) {
      // Fall through to the JDK's font.
    }
    return new Font(Font.SANS_SERIF, Font.PLAIN, 10);
  }
}
