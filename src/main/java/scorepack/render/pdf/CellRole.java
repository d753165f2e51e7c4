package scorepack.render.pdf;

import com.lowagie.text.pdf.PdfStructureElement;

/** What a table cell is to a screen reader: a header for its column, a header for its row, or data. */
enum CellRole {
  COLUMN_HEADER("Column"),
  ROW_HEADER("Row"),
  DATA(null);

  private final String scope;

  CellRole(String scope) {
    this.scope = scope;
  }

  PdfStructureElement element(PdfStructureElement row, int colSpan, int rowSpan) {
    return Tags.cell(row, scope, colSpan, rowSpan);
  }
}
