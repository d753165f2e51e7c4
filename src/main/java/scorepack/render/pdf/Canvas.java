package scorepack.render.pdf;

import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfAnnotation;
import com.lowagie.text.pdf.PdfBorderArray;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDestination;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfNumber;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfStructureElement;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.awt.Graphics2D;
import java.util.List;
import java.util.function.Consumer;

/**
 * Draws on the current page, and says what each mark is: tagged content belonging to a structure
 * element, or an artifact (decoration, running headers and footers) that assistive technology skips.
 * Coordinates are PDF points from the bottom-left corner.
 */
final class Canvas {
  private static final PdfName ARTIFACT = new PdfName("Artifact");

  /** Kinds of artifact, written as the artifact's /Type. */
  enum Artifact {
    /** Backgrounds, rules and borders. */
    LAYOUT("Layout"),
    /** Running headers and footers, and table headers repeated on later pages. */
    PAGINATION("Pagination");

    private final PdfName type;

    Artifact(String type) {
      this.type = new PdfName(type);
    }
  }

  private final PdfContentByte content;
  private final LineBreaker lineBreaker;
  private final PdfFonts fonts;

  Canvas(PdfContentByte content, PdfFonts fonts) {
    this.content = content;
    this.fonts = fonts;
    this.lineBreaker = new LineBreaker(fonts);
  }

  LineBreaker lineBreaker() {
    return lineBreaker;
  }

  /** Runs {@code drawing} inside artifact marked content. */
  void artifact(Artifact kind, Runnable drawing) {
    PdfDictionary properties = new PdfDictionary();
    properties.put(PdfName.TYPE, kind.type);
    content.beginMarkedContentSequence(ARTIFACT, properties, true);
    drawing.run();
    content.endMarkedContentSequence();
  }

  /** Runs {@code drawing} as content of {@code element}. */
  void tagged(PdfStructureElement element, Runnable drawing) {
    content.beginMarkedContentSequence(element);
    drawing.run();
    content.endMarkedContentSequence();
  }

  void fill(Box box, Color colour) {
    content.setColorFill(colour);
    content.rectangle(box.left(), box.bottom(), box.width(), box.height());
    content.fill();
  }

  void outline(Box box, Color colour, float lineWidth) {
    content.setColorStroke(colour);
    content.setLineWidth(lineWidth);
    content.rectangle(box.left(), box.bottom(), box.width(), box.height());
    content.stroke();
  }

  void rule(float x1, float y, float x2, Color colour, float lineWidth) {
    content.setColorStroke(colour);
    content.setLineWidth(lineWidth);
    content.moveTo(x1, y);
    content.lineTo(x2, y);
    content.stroke();
  }

  /** A dotted line, such as the leader from a contents entry to its page number. */
  void dots(float x1, float y, float x2, Color colour) {
    if (x2 <= x1) {
      return;
    }
    content.saveState();
    content.setColorStroke(colour);
    content.setLineWidth(1);
    content.setLineCap(PdfContentByte.LINE_CAP_ROUND);
    content.setLineDash(0, 3, 0);
    content.moveTo(x1, y);
    content.lineTo(x2, y);
    content.stroke();
    content.restoreState();
  }

  /**
   * Makes {@code box} a link to the top of a page: a link annotation, described for screen readers
   * and reached by the Tab key, that belongs to the Link element {@code link}. Call it after the
   * link's text is drawn.
   *
   * @param page the target page, counted from 0
   * @param top the y the target page opens at
   */
  void link(PdfStructureElement link, Box box, int page, float top, String description) {
    PdfWriter writer = content.getPdfWriter();
    Rectangle area = new Rectangle(box.left(), box.bottom(), box.right(), box.top());
    PdfAnnotation annotation = PdfAnnotation.createLink(writer, area, PdfAnnotation.HIGHLIGHT_INVERT, page + 1,
        new PdfDestination(PdfDestination.XYZ, -1, top, 0));
    annotation.setBorder(new PdfBorderArray(0, 0, 0));
    annotation.setFlags(PdfAnnotation.FLAGS_PRINT);
    annotation.put(PdfName.CONTENTS, new PdfString(description, PdfObject.TEXT_UNICODE));
    int key = writer.getStructureTreeRoot().addExistingObject(link.getReference());
    annotation.put(PdfName.STRUCTPARENT, new PdfNumber(key));
    Tags.objectReference(link, annotation.getIndirectReference(), writer.getCurrentPage());
    writer.addAnnotation(annotation);
  }

  /** One line of text with its baseline at {@code baseline}. */
  void text(String text, float x, float baseline, TextStyle style) {
    content.beginText();
    content.setFontAndSize(fonts.of(style.bold()), style.size());
    content.setColorFill(style.colour());
    content.setTextMatrix(x, baseline);
    content.showText(text);
    content.endText();
  }

  /** Lines of text from {@code top} down, each placed in the box's width as {@code align} says. */
  void lines(List<String> lines, Box box, float top, TextStyle style, Align align) {
    float baseline = top - style.baselineDrop();
    for (String line : lines) {
      text(line, align.start(box.left(), box.width(), lineBreaker.width(line, style)), baseline, style);
      baseline -= style.leading();
    }
  }

  /** Vector drawing in {@code box}, through Java2D (origin top-left, y down, in points). */
  void graphics(Box box, Consumer<Graphics2D> drawing) {
    PdfTemplate template = content.createTemplate(box.width(), box.height());
    Graphics2D g = template.createGraphicsShapes(box.width(), box.height());
    try {
      drawing.accept(g);
    } finally {
      g.dispose();
    }
    content.addTemplate(template, box.left(), box.bottom());
  }
}
