package scorepack.render.pdf;

import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfStructureElement;

/**
 * A short table drawn whole as one block of running content, header and all, so that it never
 * splits across pages.
 *
 * @param table the laid-out table
 * @param spaceAbove the space above it
 */
record WholeTable(PagedTable table, float spaceAbove) implements Block {
  @Override
  public float height() {
    return spaceAbove + table.headerHeight() + table.bodyHeight();
  }

  @Override
  public boolean keepWithNext() {
    return false;
  }

  @Override
  public void draw(Canvas canvas, TagScope scope, float left, float top) {
    PdfStructureElement element = scope.child(PdfName.TABLE);
    table.draw(canvas, element, new RowPagination.PageRows(0, table.rowCount()), true, left, top - spaceAbove);
  }
}
