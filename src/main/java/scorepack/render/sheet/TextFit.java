package scorepack.render.sheet;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.font.FontRenderContext;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * How much room text takes in a workbook cell set in Arial 10 (the workbook's font), measured with
 * Liberation Sans from the classpath, whose glyphs have Arial's widths: how many lines a wrapped
 * cell needs in its column, how tall its row must be, and how wide a column must be to keep a word
 * whole. LibreOffice does not grow a row to fit wrapped text in an XLSX file without row heights,
 * and Excel keeps the height a file sets, so the writer sets every height it needs; the estimates
 * err on the generous side (a spare pixel on a line is better than a lost word).
 */
final class TextFit {
  /** Excel's height of a line of Arial 10, in points; LibreOffice's is a little less. */
  static final double LINE_HEIGHT = 12.75;
  /** Arial 10's widest digit at 96 dpi: the unit of a column's width in characters. */
  private static final double PIXELS_PER_CHARACTER = 7;
  /** The cell's margins and grid line, in pixels, inside its column width. */
  private static final double PADDING_PIXELS = 7;
  /** Screen fonts are hinted to whole pixels, which can widen a word by a few per cent. */
  private static final double HINTING = 1.08;
  /** Arial 10 in pixels at 96 dpi. */
  private static final float PIXEL_SIZE = 10 * 96f / 72;
  private static final FontRenderContext MEASURE = new FontRenderContext(null, true, true);
  private static final Font REGULAR = load("liberation/LiberationSans-Regular.ttf", Font.PLAIN);
  private static final Font BOLD = load("liberation/LiberationSans-Bold.ttf", Font.BOLD);
  private static final Pattern BETWEEN_WORDS = Pattern.compile("\\s+");
  private static final Pattern SPACES = Pattern.compile(" +");
  /**
   * The words and texts of a run's packs repeat, from sheet to sheet and from one authority's packs
   * to the next: each is measured once. A bound keeps a long-running process from holding them all.
   */
  private static final int CACHED_TEXTS = 20_000;
  private static final Remembered<String, Double> REGULAR_WIDTHS = new Remembered<>(t -> width(REGULAR, t));
  private static final Remembered<String, Double> BOLD_WIDTHS = new Remembered<>(t -> width(BOLD, t));
  private static final Remembered<String, Integer> WIDEST_REGULAR_WORDS = new Remembered<>(t -> widest(t, false));
  private static final Remembered<String, Integer> WIDEST_BOLD_WORDS = new Remembered<>(t -> widest(t, true));
  private static final Remembered<Wrapped, Integer> LINES =
      new Remembered<>(w -> wrap(w.text(), w.bold(), w.width()));

  /**
   * A text wrapped in a column of a width, in characters. Its equals and hashCode are written out,
   * the same as a record's own: those are made from method handles, which the launcher's compiler
   * (C1) calls rather than inlines, and a workbook looks up every wrapped cell (bench/README.md,
   * "records and lambdas").
   */
  private record Wrapped(String text, boolean bold, int width) {
    @Override
    public boolean equals(Object o) {
      return o instanceof Wrapped w && width == w.width && bold == w.bold && Objects.equals(text, w.text);
    }

    @Override
    public int hashCode() {
      return (Objects.hashCode(text) * 31 + Boolean.hashCode(bold)) * 31 + width;
    }
  }

  /** Measurements remembered by what was measured, up to {@link #CACHED_TEXTS} of them. */
  private static final class Remembered<K, V> {
    private final Map<K, V> known = new ConcurrentHashMap<>();
    private final Function<K, V> measure;

    Remembered(Function<K, V> measure) {
      this.measure = measure;
    }

    V of(K key) {
      V value = known.get(key);
      if (value == null) {
        value = measure.apply(key);
        if (known.size() < CACHED_TEXTS) {
          known.put(key, value);
        }
      }
      return value;
    }
  }

  private TextFit() {}

  /** The height in points a row needs, or 0 where one line of Arial 10 is enough. */
  static double rowHeight(List<SheetCell> row, List<Integer> widths) {
    double height = 0;
    for (int c = 0; c < row.size(); c++) {
      if (row.get(c) instanceof SheetCell.Text t && !t.text().isEmpty()) {
        height = Math.max(height, height(t, c < widths.size() ? widths.get(c) : 0));
      }
    }
    return height;
  }

  /** The column width in characters that keeps {@code word} whole on one line. */
  static int widthFor(String word, boolean bold) {
    return (int) Math.ceil((pixels(word, bold) + PADDING_PIXELS) / PIXELS_PER_CHARACTER);
  }

  /** The widest word of a text, as {@link #widthFor} counts it. */
  static int widestWord(String text, boolean bold) {
    return (bold ? WIDEST_BOLD_WORDS : WIDEST_REGULAR_WORDS).of(text);
  }

  private static int widest(String text, boolean bold) {
    int widest = 0;
    for (String word : BETWEEN_WORDS.split(text)) {
      widest = Math.max(widest, widthFor(word, bold));
    }
    return widest;
  }

  /** How many lines the text wraps to in a column this many characters wide. */
  static int lines(String text, boolean bold, int widthInCharacters) {
    return LINES.of(new Wrapped(text, bold, widthInCharacters));
  }

  private static int wrap(String text, boolean bold, int widthInCharacters) {
    double room = widthInCharacters * PIXELS_PER_CHARACTER - PADDING_PIXELS;
    double space = pixels(" ", bold);
    int lines = 0;
    for (String paragraph : text.split("\n", -1)) {
      lines++;
      double used = 0;
      for (String word : SPACES.split(paragraph.strip())) {
        double width = pixels(word, bold);
        if (used > 0 && used + space + width > room) {
          lines++;
          used = 0;
        }
        if (width > room) {
          // A word wider than its column breaks between letters.
          lines += (int) Math.ceil(width / room) - 1;
          width = width % room;
        }
        used += (used > 0 ? space : 0) + width;
      }
    }
    return lines;
  }

  private static double height(SheetCell.Text text, int width) {
    return switch (text.role()) {
      case TITLE -> 18.75;
      case HEADING -> 15.75;
      case LINE, LABEL -> 0;
      case PARAGRAPH, HEADER, BODY -> {
        int lines = width == 0 ? 1 : lines(text.text(), text.role() == TextRole.HEADER, width);
        yield lines > 1 ? lines * LINE_HEIGHT : 0;
      }
    };
  }

  private static double pixels(String text, boolean bold) {
    return (bold ? BOLD_WIDTHS : REGULAR_WIDTHS).of(text);
  }

  private static double width(Font font, String text) {
    return font.getStringBounds(text, MEASURE).getWidth() * HINTING;
  }

  private static Font load(String resource, int style) {
    try (InputStream in = TextFit.class.getClassLoader().getResourceAsStream(resource)) {
      if (in != null) {
        return Font.createFont(Font.TRUETYPE_FONT, in).deriveFont(style, PIXEL_SIZE);
      }
    } catch (IOException | FontFormatException e) {
      // Fall through to the JDK's font, whose widths are close to Arial's.
    }
    return new Font(Font.SANS_SERIF, style, Math.round(PIXEL_SIZE));
  }
}
