package scorepack.render.pdf;

import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfStructureElement;

/**
 * A part's heading (H2) and an optional line under it (P) at the top of its first page; later pages
 * repeat them, the heading marked "(continued)", as artifacts.
 */
final class PartHeading {
  private static final float GAP = 8;

  private final String heading;
  private final String subline;
  private final PageGeometry geometry;
  private final TextStyle headingStyle;
  private final TextStyle sublineStyle;

  /**
   * @param heading the part's heading
   * @param subline a line under it, such as the as-at line, or empty
   */
  PartHeading(String heading, String subline, PageGeometry geometry) {
    this.heading = heading;
    this.subline = subline;
    this.geometry = geometry;
    this.headingStyle = TextStyle.bold(geometry.isA3() ? 15 : 13).withColour(HouseColours.NAVY);
    this.sublineStyle = TextStyle.regular(geometry.isA3() ? 10.5f : 9.5f).withColour(HouseColours.MUTED);
  }

  String text() {
    return heading;
  }

  /** From the top of the page to the top of the part's content. */
  float height() {
    return headingStyle.leading() + (subline.isEmpty() ? 0 : sublineStyle.leading()) + GAP;
  }

  /** The part's landmark: its heading on its first page, at {@code top}. */
  Landmark landmark(float top) {
    return new Landmark(heading, 0, 0, top);
  }

  /** Draws the heading from {@code top}: tagged on the part's first page, an artifact on later ones. */
  void draw(Canvas canvas, PdfStructureElement document, boolean firstPage, float top) {
    if (firstPage) {
      canvas.tagged(Tags.child(document, PdfName.H2), () -> drawHeading(canvas, heading, top));
      if (!subline.isEmpty()) {
        canvas.tagged(Tags.child(document, PdfName.P), () -> drawSubline(canvas, top));
      }
      return;
    }
    canvas.artifact(Canvas.Artifact.PAGINATION, () -> {
      drawHeading(canvas, heading + " (continued)", top);
      if (!subline.isEmpty()) {
        drawSubline(canvas, top);
      }
    });
  }

  private void drawHeading(Canvas canvas, String text, float top) {
    canvas.text(text, geometry.left(), top - headingStyle.baselineDrop(), headingStyle);
  }

  private void drawSubline(Canvas canvas, float top) {
    canvas.text(subline, geometry.left(), top - headingStyle.leading() - sublineStyle.baselineDrop(), sublineStyle);
  }
}
