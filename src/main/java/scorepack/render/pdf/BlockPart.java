package scorepack.render.pdf;

import com.lowagie.text.pdf.PdfStructureElement;
import java.util.List;

/**
 * A headed part of running blocks (the summary, the key facts, the charts, the commentary): the
 * heading (H2) and its line on the first page, then the blocks on as many pages as they need, each
 * later page under the heading marked "(continued)".
 */
final class BlockPart implements PackPart {
  private final PartHeading heading;
  private final PageGeometry geometry;
  private final BlockColumn column;

  /**
   * @param heading the part's heading
   * @param subline the line under it, such as the as-at line, or empty
   * @param blocks the part's content, top down
   */
  BlockPart(String heading, String subline, List<Block> blocks, PageGeometry geometry) {
    this.heading = new PartHeading(heading, subline, geometry);
    this.geometry = geometry;
    float available = geometry.top() - geometry.bottom() - this.heading.height();
    this.column = new BlockColumn(blocks, available, available);
  }

  @Override
  public int pageCount() {
    return column.pageCount();
  }

  @Override
  public List<Landmark> landmarks() {
    return List.of(heading.landmark());
  }

  @Override
  public void draw(PageSequence pages, PdfStructureElement document) {
    TagScope scope = new TagScope(document);
    for (int p = 0; p < column.pageCount(); p++) {
      Canvas canvas = pages.startPage();
      heading.draw(canvas, document, p == 0);
      column.draw(canvas, scope, p, geometry.left(), geometry.top() - heading.height());
    }
  }
}
