package scorepack.render.pdf;

import com.lowagie.text.pdf.BaseFont;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Breaks text into lines that fit a width: at spaces, at line breaks in the text, and inside a word
 * only when the word alone is wider than the line. A line that ends at a space keeps it, so that
 * text read from the tagged content (by a screen reader) has its words apart.
 */
final class LineBreaker {
  private static final Pattern SPACES = Pattern.compile(" +");
  private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");
  private final PdfFonts fonts;

  LineBreaker(PdfFonts fonts) {
    this.fonts = fonts;
  }

  /** The text as lines no wider than {@code width} (trailing space aside); none for empty text. */
  List<String> lines(String text, TextStyle style, float width) {
    List<String> lines = new ArrayList<>();
    if (text.isEmpty()) {
      return lines;
    }
    BaseFont font = fonts.of(style.bold());
    // Widths in font units add up exactly (a string's width is the sum of its glyphs'), so a
    // line's width grows word by word instead of being measured again for every word added.
    int space = font.getWidth(" ");
    String[] paragraphs = text.split("\n", -1);
    for (int p = 0; p < paragraphs.length; p++) {
      StringBuilder line = new StringBuilder();
      int lineUnits = 0;
      for (String word : SPACES.split(paragraphs[p].trim())) {
        int wordUnits = font.getWidth(word);
        int candidateUnits = line.isEmpty() ? wordUnits : lineUnits + space + wordUnits;
        if (points(candidateUnits, style) <= width) {
          if (!line.isEmpty()) {
            line.append(' ');
          }
          line.append(word);
          lineUnits = candidateUnits;
          continue;
        }
        if (!line.isEmpty()) {
          lines.add(line + " ");
          line.setLength(0);
        }
        String rest = word;
        while (font.getWidthPoint(rest, style.size()) > width && rest.codePointCount(0, rest.length()) > 1) {
          int fit = fittingPrefix(rest, font, style.size(), width);
          lines.add(rest.substring(0, fit));
          rest = rest.substring(fit);
        }
        line.append(rest);
        lineUnits = font.getWidth(rest);
      }
      lines.add(p < paragraphs.length - 1 ? line + " " : line.toString());
    }
    return lines;
  }

  /** Font units to points, exactly as {@link BaseFont#getWidthPoint(String, float)} converts them. */
  private static float points(int units, TextStyle style) {
    return units * 0.001f * style.size();
  }

  /** The width of {@code text} set in {@code style}, not counting trailing spaces. */
  float width(String text, TextStyle style) {
    return fonts.of(style.bold()).getWidthPoint(text.stripTrailing(), style.size());
  }

  /** The width of the text's widest word, words being parted by white space, set in {@code style}. */
  float widestWord(String text, TextStyle style) {
    float widest = 0;
    for (String word : WHITE_SPACE.split(text)) {
      widest = Math.max(widest, width(word, style));
    }
    return widest;
  }

  private static int fittingPrefix(String word, BaseFont font, float size, float width) {
    int fit = word.offsetByCodePoints(0, 1);
    while (fit < word.length()) {
      int next = word.offsetByCodePoints(fit, 1);
      if (font.getWidthPoint(word.substring(0, next), size) > width) {
        break;
      }
      fit = next;
    }
    return fit;
  }
}
