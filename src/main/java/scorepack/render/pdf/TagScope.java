package scorepack.render.pdf;

import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfStructureElement;

/**
 * Where a column's blocks go in the structure tree: each a child of one parent, except that list
 * items (and table rows) gather in the list (or table) the first of them opens, even across pages.
 */
final class TagScope {
  private final PdfStructureElement parent;
  private PdfStructureElement list;

  TagScope(PdfStructureElement parent) {
    this.parent = parent;
  }

  PdfStructureElement child(PdfName type) {
    return Tags.child(parent, type);
  }

  /** A new item of the current list, or of a new list of {@code listType} when {@code opensList}. */
  PdfStructureElement item(PdfName listType, PdfName itemType, boolean opensList) {
    return Tags.child(list(listType, opensList), itemType);
  }

  /** The current list (or table), or a new one of {@code listType} when {@code opensList}. */
  PdfStructureElement list(PdfName listType, boolean opensList) {
    if (opensList || list == null) {
      list = Tags.child(parent, listType);
    }
    return list;
  }
}
