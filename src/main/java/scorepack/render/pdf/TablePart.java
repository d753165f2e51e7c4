package scorepack.render.pdf;

import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfStructureElement;
import java.util.ArrayList;
import java.util.List;

/**
 * A headed table on as many pages as it needs: the heading (H2) and an optional line under it (P)
 * on the first page, then the table. Later pages repeat the heading, marked "(continued)", the
 * table header and the title of the section they continue, as artifacts. It may start lower down
 * the previous part's last page.
 */
final class TablePart implements PackPart {
  private final PartHeading heading;
  private final PagedTable table;
  private final PageGeometry geometry;
  private final PartStart start;
  private final float firstPage;
  private final List<RowPagination.PageRows> pages;

  /**
   * @param heading the table's heading
   * @param subline a line under the heading, such as the as-at line, or empty
   * @param table the laid-out table
   */
  TablePart(String heading, String subline, PagedTable table, PageGeometry geometry) {
    this(heading, subline, table, geometry, PartStart.newPage(geometry));
  }

  TablePart(String heading, String subline, PagedTable table, PageGeometry geometry, PartStart start) {
    this.heading = new PartHeading(heading, subline, geometry);
    this.table = table;
    this.geometry = geometry;
    this.start = start;
    this.firstPage = start.top() - geometry.bottom() - this.heading.height();
    this.pages = table.paginate(firstPage, geometry.top() - geometry.bottom() - this.heading.height());
  }

  @Override
  public int pageCount() {
    return pages.size() - (start.sharesPage() ? 1 : 0);
  }

  @Override
  public boolean sharesPage() {
    return start.sharesPage();
  }

  @Override
  public float roomLeft() {
    int last = pages.size() - 1;
    return tableTop(last) - table.height(pages.get(last), last == 0) - geometry.bottom();
  }

  @Override
  public boolean holdsContentOnFirstPage() {
    return table.height(pages.get(0), true) <= firstPage;
  }

  /** The heading, then each section row of the table. */
  @Override
  public List<Landmark> landmarks() {
    List<Landmark> landmarks = new ArrayList<>();
    landmarks.add(heading.landmark(start.top()));
    for (Landmark l : table.landmarks(pages, tableTop(1))) {
      // The table's landmarks are placed as on a full page; its first page may start lower.
      landmarks.add(l.page() == 0 ? new Landmark(l.title(), l.level(), 0, l.top() - tableTop(1) + tableTop(0)) : l);
    }
    return landmarks;
  }

  @Override
  public void draw(PageSequence sequence, PdfStructureElement document) {
    PdfStructureElement element = null;
    for (int p = 0; p < pages.size(); p++) {
      Canvas canvas = p == 0 && start.sharesPage() ? sequence.samePage() : sequence.startPage();
      heading.draw(canvas, document, p == 0, p == 0 ? start.top() : geometry.top());
      if (p == 0) {
        element = Tags.child(document, PdfName.TABLE);
      }
      table.draw(canvas, element, pages.get(p), p == 0, geometry.left(), tableTop(p));
    }
  }

  private float tableTop(int page) {
    return (page == 0 ? start.top() : geometry.top()) - heading.height();
  }
}
