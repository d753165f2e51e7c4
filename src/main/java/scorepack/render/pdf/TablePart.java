package scorepack.render.pdf;

import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfStructureElement;
import java.util.List;

/**
 * A headed table on as many pages as it needs: the heading (H2) and an optional line under it (P)
 * on the first page, then the table. Later pages repeat the heading, marked "(continued)", and the
 * table header as artifacts.
 */
final class TablePart implements PackPart {
  private static final float GAP = 8;

  private final String heading;
  private final String subline;
  private final PagedTable table;
  private final PageGeometry geometry;
  private final TextStyle headingStyle;
  private final TextStyle sublineStyle;
  private final List<RowPagination.PageRows> pages;

  /**
   * @param heading the table's heading
   * @param subline a line under the heading, such as the as-at line, or empty
   * @param table the laid-out table
   */
  TablePart(String heading, String subline, PagedTable table, PageGeometry geometry) {
    this.heading = heading;
    this.subline = subline;
    this.table = table;
    this.geometry = geometry;
    this.headingStyle = TextStyle.bold(geometry.isA3() ? 15 : 13).withColour(HouseColours.NAVY);
    this.sublineStyle = TextStyle.regular(geometry.isA3() ? 10.5f : 9.5f).withColour(HouseColours.MUTED);
    float available = geometry.top() - geometry.bottom() - headingHeight();
    this.pages = table.paginate(available, available);
  }

  @Override
  public int pageCount() {
    return pages.size();
  }

  @Override
  public void draw(PageSequence sequence, PdfStructureElement document) {
    PdfStructureElement element = null;
    for (int p = 0; p < pages.size(); p++) {
      Canvas canvas = sequence.startPage();
      float top = geometry.top();
      if (p == 0) {
        canvas.tagged(Tags.child(document, PdfName.H2), () -> drawHeading(canvas, heading, top));
        if (!subline.isEmpty()) {
          canvas.tagged(Tags.child(document, PdfName.P), () -> drawSubline(canvas, top));
        }
        element = Tags.child(document, PdfName.TABLE);
      } else {
        canvas.artifact(Canvas.Artifact.PAGINATION, () -> {
          drawHeading(canvas, heading + " (continued)", top);
          if (!subline.isEmpty()) {
            drawSubline(canvas, top);
          }
        });
      }
      table.draw(canvas, element, pages.get(p), p == 0, geometry.left(), top - headingHeight());
    }
  }

  private float headingHeight() {
    return headingStyle.leading() + (subline.isEmpty() ? 0 : sublineStyle.leading()) + GAP;
  }

  private void drawHeading(Canvas canvas, String text, float top) {
    canvas.text(text, geometry.left(), top - headingStyle.baselineDrop(), headingStyle);
  }

  private void drawSubline(Canvas canvas, float top) {
    canvas.text(subline, geometry.left(), top - headingStyle.leading() - sublineStyle.baselineDrop(), sublineStyle);
  }
}
