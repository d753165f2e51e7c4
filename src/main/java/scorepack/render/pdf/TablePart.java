package scorepack.render.pdf;

import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfStructureElement;
import java.util.ArrayList;
import java.util.List;

/**
 * A headed table on as many pages as it needs: the heading (H2) and an optional line under it (P)
 * on the first page, then the table. Later pages repeat the heading, marked "(continued)", the
 * table header and the title of the section they continue, as artifacts.
 */
final class TablePart implements PackPart {
  private final PartHeading heading;
  private final PagedTable table;
  private final PageGeometry geometry;
  private final List<RowPagination.PageRows> pages;

  /**
   * @param heading the table's heading
   * @param subline a line under the heading, such as the as-at line, or empty
   * @param table the laid-out table
   */
  TablePart(String heading, String subline, PagedTable table, PageGeometry geometry) {
    this.heading = new PartHeading(heading, subline, geometry);
    this.table = table;
    this.geometry = geometry;
    float available = geometry.top() - geometry.bottom() - this.heading.height();
    this.pages = table.paginate(available, available);
  }

  @Override
  public int pageCount() {
    return pages.size();
  }

  /** The heading, then each section row of the table. */
  @Override
  public List<Landmark> landmarks() {
    List<Landmark> landmarks = new ArrayList<>();
    landmarks.add(heading.landmark());
    landmarks.addAll(table.landmarks(pages, tableTop()));
    return landmarks;
  }

  @Override
  public void draw(PageSequence sequence, PdfStructureElement document) {
    PdfStructureElement element = null;
    for (int p = 0; p < pages.size(); p++) {
      Canvas canvas = sequence.startPage();
      heading.draw(canvas, document, p == 0);
      if (p == 0) {
        element = Tags.child(document, PdfName.TABLE);
      }
      table.draw(canvas, element, pages.get(p), p == 0, geometry.left(), tableTop());
    }
  }

  private float tableTop() {
    return geometry.top() - heading.height();
  }
}
