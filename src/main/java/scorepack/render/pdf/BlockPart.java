package scorepack.render.pdf;

import com.lowagie.text.pdf.PdfStructureElement;
import java.util.List;

/**
 * A headed part of running blocks (the summary, the key facts, the charts, the commentary): the
 * heading (H2) and its line on the first page, then the blocks on as many pages as they need, each
 * later page under the heading marked "(continued)". It may start lower down the previous part's
 * last page.
 */
final class BlockPart implements PackPart {
  private final PartHeading heading;
  private final PageGeometry geometry;
  private final PartStart start;
  private final float firstPage;
  private final BlockColumn column;

  /**
   * @param heading the part's heading
   * @param subline the line under it, such as the as-at line, or empty
   * @param blocks the part's content, top down
   */
  BlockPart(String heading, String subline, List<Block> blocks, PageGeometry geometry) {
    this(heading, subline, blocks, geometry, PartStart.newPage(geometry));
  }

  BlockPart(String heading, String subline, List<Block> blocks, PageGeometry geometry, PartStart start) {
    this.heading = new PartHeading(heading, subline, geometry);
    this.geometry = geometry;
    this.start = start;
    this.firstPage = start.top() - geometry.bottom() - this.heading.height();
    float laterPages = geometry.top() - geometry.bottom() - this.heading.height();
    this.column = new BlockColumn(blocks, firstPage, laterPages);
  }

  @Override
  public int pageCount() {
    return column.pageCount() - (start.sharesPage() ? 1 : 0);
  }

  @Override
  public boolean sharesPage() {
    return start.sharesPage();
  }

  @Override
  public float roomLeft() {
    int last = column.pageCount() - 1;
    return top(last) - heading.height() - column.height(last) - geometry.bottom();
  }

  @Override
  public boolean holdsContentOnFirstPage() {
    return column.height(0) <= firstPage;
  }

  @Override
  public List<Landmark> landmarks() {
    return List.of(heading.landmark(start.top()));
  }

  @Override
  public void draw(PageSequence pages, PdfStructureElement document) {
    TagScope scope = new TagScope(document);
    for (int p = 0; p < column.pageCount(); p++) {
      Canvas canvas = p == 0 && start.sharesPage() ? pages.samePage() : pages.startPage();
      heading.draw(canvas, document, p == 0, top(p));
      column.draw(canvas, scope, p, geometry.left(), top(p) - heading.height());
    }
  }

  private float top(int page) {
    return page == 0 ? start.top() : geometry.top();
  }
}
