package scorepack.render.pdf;

import com.lowagie.text.pdf.PdfArray;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfIndirectReference;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfNumber;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfStructureElement;

/** Structure elements of the standard PDF types, with the attributes PDF/UA asks for. */
final class Tags {
  static final PdfName LIST = PdfName.L;
  static final PdfName LIST_ITEM = PdfName.LI;
  static final PdfName LABEL = PdfName.LBL;
  static final PdfName LIST_BODY = PdfName.LBODY;
  static final PdfName CONTENTS = PdfName.TOC;
  static final PdfName CONTENTS_ITEM = PdfName.TOCI;
  private static final PdfName SCOPE = new PdfName("Scope");
  private static final PdfName COL_SPAN = new PdfName("ColSpan");
  private static final PdfName ROW_SPAN = new PdfName("RowSpan");

  private Tags() {}

  static PdfStructureElement child(PdfStructureElement parent, PdfName type) {
    return new PdfStructureElement(parent, type);
  }

  /** A Figure whose alternative text states what it shows. */
  static PdfStructureElement figure(PdfStructureElement parent, String alt) {
    return withAlt(child(parent, PdfName.FIGURE), alt);
  }

  /** Alternative text, read instead of the element's content. */
  static PdfStructureElement withAlt(PdfStructureElement element, String alt) {
    element.put(PdfName.ALT, new PdfString(alt, PdfObject.TEXT_UNICODE));
    return element;
  }

  /**
   * A table cell: TH with a /Scope of "Column" or "Row", or TD when {@code scope} is null, with its
   * column and row spans when they are more than one.
   */
  static PdfStructureElement cell(PdfStructureElement row, String scope, int colSpan, int rowSpan) {
    PdfStructureElement cell = child(row, scope == null ? PdfName.TD : PdfName.TH);
    PdfDictionary attributes = new PdfDictionary();
    if (scope != null) {
      attributes.put(SCOPE, new PdfName(scope));
    }
    if (colSpan > 1) {
      attributes.put(COL_SPAN, new PdfNumber(colSpan));
    }
    if (rowSpan > 1) {
      attributes.put(ROW_SPAN, new PdfNumber(rowSpan));
    }
    if (attributes.size() > 0) {
      attributes.put(PdfName.O, PdfName.TABLE);
      cell.put(PdfName.A, attributes);
    }
    return cell;
  }

  /**
   * Adds an object, such as a link annotation, to the element's content, after the marked content
   * already drawn for it (OpenPDF's marked content must come first in an element's /K).
   */
  static void objectReference(PdfStructureElement element, PdfIndirectReference object, PdfIndirectReference page) {
    PdfDictionary reference = new PdfDictionary(PdfName.OBJR);
    reference.put(PdfName.OBJ, object);
    reference.put(PdfName.PG, page);
    PdfObject kids = element.get(PdfName.K);
    PdfArray array;
    if (kids instanceof PdfArray existing) {
      array = existing;
    } else {
      array = new PdfArray();
      if (kids != null) {
        array.add(kids);
      }
    }
    array.add(reference);
    element.put(PdfName.K, array);
  }
}
