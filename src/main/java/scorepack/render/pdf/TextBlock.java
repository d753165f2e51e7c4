package scorepack.render.pdf;

import com.lowagie.text.pdf.PdfName;
import java.util.List;

/**
 * A heading or a paragraph: lines of one style, tagged as one element.
 *
 * @param type the structure type, e.g. H2 or P
 * @param lines the wrapped lines
 * @param style how they are set
 * @param width the width they were wrapped to
 * @param spaceAbove the space above the first line
 * @param spaceBelow the space below the last line
 * @param keepWithNext whether the block must not end a page
 */
record TextBlock(PdfName type, List<String> lines, TextStyle style, float width, float spaceAbove, float spaceBelow,
    boolean keepWithNext) implements Block {
  TextBlock {
    lines = List.copyOf(lines);
  }

  /** {@code text} wrapped to {@code width}; a heading is kept with the block after it, a paragraph not. */
  static TextBlock of(PdfName type, String text, TextStyle style, float width, LineBreaker lineBreaker,
      float spaceAbove, float spaceBelow) {
    return new TextBlock(type, lineBreaker.lines(text, style, width), style, width, spaceAbove, spaceBelow,
        !PdfName.P.equals(type));
  }

  /** This block, kept with the block after it. */
  TextBlock keptWithNext() {
    return new TextBlock(type, lines, style, width, spaceAbove, spaceBelow, true);
  }

  @Override
  public float height() {
    return spaceAbove + lines.size() * style.leading() + spaceBelow;
  }

  @Override
  public void draw(Canvas canvas, TagScope scope, float left, float top) {
    if (lines.isEmpty()) {
      return;
    }
    float textTop = top - spaceAbove;
    Box box = Box.fromTop(left, textTop, width, lines.size() * style.leading());
    canvas.tagged(scope.child(type), () -> canvas.lines(lines, box, textTop, style, Align.LEFT));
  }
}
