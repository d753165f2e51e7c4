package scorepack.render.ods;

import java.io.IOException;
import java.util.List;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import scorepack.render.sheet.SheetCell;
import scorepack.render.sheet.SheetLayout;
import scorepack.render.sheet.WorkbookLayout;

/**
 * Finishes SODS's content.xml from the layout: walks each table's rows and cells (minding repeat
 * counts) beside the laid-out rows, gives every figure its number format, turns every sheet name in
 * the contents into a link to that sheet, repeats each table's header row on printed pages and
 * names each table as a database range with filter buttons.
 */
final class OdsContent {
  private final WorkbookLayout layout;

  OdsContent(WorkbookLayout layout) {
    this.layout = layout;
  }

  byte[] finish(byte[] contentXml) throws IOException {
    Document document = Xml.parse(contentXml);
    Element root = document.getDocumentElement();
    root.setAttributeNS(Xml.XMLNS, "xmlns:xlink", Xml.XLINK);
    OdsNumberStyles numberStyles = new OdsNumberStyles(document);
    Element body = Xml.child(root, Xml.OFFICE, "office:body");
    Element spreadsheet = Xml.child(body, Xml.OFFICE, "office:spreadsheet");
    Element ranges = document.createElementNS(Xml.TABLE, "table:database-ranges");
    for (Element table : Xml.children(spreadsheet, Xml.TABLE, "table")) {
      SheetLayout sheet = layout.sheet(table.getAttributeNS(Xml.TABLE, "name"));
      finishTable(table, sheet, numberStyles);
      if (sheet.hasTable()) {
        ranges.appendChild(databaseRange(document, sheet));
      }
    }
    if (ranges.hasChildNodes()) {
      spreadsheet.appendChild(ranges);
    }
    return Xml.bytes(document);
  }

  /** ODF's counterpart of an Excel table: a named range with a header row and filter buttons. */
  private static Element databaseRange(Document document, SheetLayout sheet) {
    int first = sheet.headerRow();
    int last = first + Math.max(1, sheet.table().rows().size());
    String name = "'" + sheet.name().replace("'", "''") + "'.";
    Element range = document.createElementNS(Xml.TABLE, "table:database-range");
    range.setAttributeNS(Xml.TABLE, "table:name", sheet.table().name());
    range.setAttributeNS(Xml.TABLE, "table:target-range-address", name + "A" + (first + 1) + ":" + name
        + column(sheet.table().headers().size() - 1) + (last + 1));
    range.setAttributeNS(Xml.TABLE, "table:contains-header", "true");
    range.setAttributeNS(Xml.TABLE, "table:display-filter-buttons", "true");
    return range;
  }

  /** A column's letters: 0 is A, 26 is AA. */
  static String column(int index) {
    StringBuilder letters = new StringBuilder();
    for (int n = index + 1; n > 0; n = (n - 1) / 26) {
      letters.insert(0, (char) ('A' + (n - 1) % 26));
    }
    return letters.toString();
  }

  private void finishTable(Element table, SheetLayout sheet, OdsNumberStyles numberStyles) {
    List<List<SheetCell>> rows = sheet.rows();
    Element headerRow = null;
    int r = 0;
    for (Element row : Xml.children(table, Xml.TABLE, "table-row")) {
      if (sheet.hasTable() && r == sheet.headerRow()) {
        headerRow = row;
      }
      int c = 0;
      for (Node n = row.getFirstChild(); n != null; n = n.getNextSibling()) {
        if (!(n instanceof Element cell) || !Xml.TABLE.equals(cell.getNamespaceURI())) {
          continue;
        }
        int repeat = Xml.count(cell, Xml.TABLE, "number-columns-repeated", 1);
        if (repeat > 1 && needsWork(rows, r, c, repeat)) {
          split(cell, repeat);
          repeat = 1;
        }
        if (repeat == 1) {
          finishCell(cell, at(rows, r, c), numberStyles);
        }
        c += repeat;
      }
      r += Xml.count(row, Xml.TABLE, "number-rows-repeated", 1);
    }
    if (headerRow != null) {
      // Header rows repeat on every printed page.
      Element header = table.getOwnerDocument().createElementNS(Xml.TABLE, "table:table-header-rows");
      table.insertBefore(header, headerRow);
      header.appendChild(headerRow);
    }
  }

  private static void finishCell(Element cell, SheetCell laidOut, OdsNumberStyles numberStyles) {
    if (laidOut instanceof SheetCell.Figure f && !f.format().isGeneral()) {
      String base = cell.getAttributeNS(Xml.TABLE, "style-name");
      cell.setAttributeNS(Xml.TABLE, "table:style-name", numberStyles.cellStyle(base, f.format()));
    } else if (laidOut instanceof SheetCell.Link l) {
      for (Element paragraph : Xml.children(cell, Xml.TEXT, "p")) {
        Element link = cell.getOwnerDocument().createElementNS(Xml.TEXT, "text:a");
        link.setAttributeNS(Xml.XLINK, "xlink:type", "simple");
        link.setAttributeNS(Xml.XLINK, "xlink:href", "#'" + l.sheet().replace("'", "''") + "'.A1");
        while (paragraph.getFirstChild() != null) {
          link.appendChild(paragraph.getFirstChild());
        }
        paragraph.appendChild(link);
      }
    }
  }

  private static boolean needsWork(List<List<SheetCell>> rows, int r, int c, int repeat) {
    for (int i = c; i < c + repeat; i++) {
      if (at(rows, r, i) instanceof SheetCell.Figure || at(rows, r, i) instanceof SheetCell.Link) {
        return true;
      }
    }
    return false;
  }

  /** Replaces a cell repeated {@code repeat} times with that many single cells. */
  private static void split(Element cell, int repeat) {
    cell.removeAttributeNS(Xml.TABLE, "number-columns-repeated");
    for (int i = 1; i < repeat; i++) {
      cell.getParentNode().insertBefore(cell.cloneNode(true), cell.getNextSibling());
    }
  }

  private static SheetCell at(List<List<SheetCell>> rows, int r, int c) {
    return r < rows.size() && c < rows.get(r).size() ? rows.get(r).get(c) : null;
  }
}
