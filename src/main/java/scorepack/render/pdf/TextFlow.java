package scorepack.render.pdf;

import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfStructureElement;
import java.util.List;

/** A column of running text on one page: tagged headings and paragraphs, placed top down. */
final class TextFlow {
  private final Canvas canvas;
  private final PdfStructureElement parent;
  private final float left;
  private final float width;
  private float y;

  TextFlow(Canvas canvas, PdfStructureElement parent, float left, float width, float top) {
    this.canvas = canvas;
    this.parent = parent;
    this.left = left;
    this.width = width;
    this.y = top;
  }

  /** The structure element the flow's blocks belong to. */
  PdfStructureElement parent() {
    return parent;
  }

  float left() {
    return left;
  }

  float width() {
    return width;
  }

  /** The y of the next block's top edge. */
  float y() {
    return y;
  }

  void skip(float space) {
    y -= space;
  }

  /** A heading or paragraph, wrapped to the column's width. */
  void block(PdfName type, String text, TextStyle style) {
    List<String> lines = canvas.lineBreaker().lines(text, style, width);
    Box box = Box.fromTop(left, y, width, lines.size() * style.leading());
    canvas.tagged(Tags.child(parent, type), () -> canvas.lines(lines, box, box.top(), style, Align.LEFT));
    y -= box.height();
  }
}
