package scorepack.render.ods;

import static scorepack.render.ods.Namespace.OFFICE;
import static scorepack.render.ods.Namespace.TABLE;
import static scorepack.render.ods.Namespace.TEXT;
import static scorepack.render.ods.Namespace.XLINK;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.xml.stream.XMLStreamException;
import scorepack.render.sheet.SheetCell;
import scorepack.render.sheet.SheetLayout;

/**
 * One sheet as a table:table: its column widths, then every row, with the table's header row inside
 * table:table-header-rows so that it repeats on every printed page. A figure is a float cell in its
 * number format; a link is a text:a to the named sheet's A1.
 */
final class OdsTable {
  private final XmlPart xml;
  private final OdsStyles styles;

  OdsTable(XmlPart xml, OdsStyles styles) {
    this.xml = xml;
    this.styles = styles;
  }

  void write(OdsSheet sheet) throws XMLStreamException {
    SheetLayout layout = sheet.layout();
    xml.start(TABLE, "table").attribute(TABLE, "name", layout.name());
    columns(sheet);
    int headerRow = layout.hasTable() ? layout.headerRow() : -1;
    List<List<SheetCell>> rows = sheet.rows();
    for (int r = 0; r < rows.size(); r++) {
      if (r == headerRow) {
        xml.start(TABLE, "table-header-rows");
        row(rows.get(r));
        xml.end();
      } else {
        row(rows.get(r));
      }
    }
    xml.end();
  }

  /** A sheet name as a cell reference names it: quoted, any quote doubled. */
  static String quoted(String sheet) {
    return "'" + sheet.replace("'", "''") + "'";
  }

  private void columns(OdsSheet sheet) throws XMLStreamException {
    List<Integer> widths = sheet.layout().widths();
    int columns = sheet.columns();
    List<String> names = new ArrayList<>(columns);
    for (int c = 0; c < columns; c++) {
      names.add(c < widths.size() ? styles.column(widths.get(c)) : null);
    }
    for (int c = 0; c < names.size(); ) {
      int repeat = 1;
      while (c + repeat < names.size() && Objects.equals(names.get(c + repeat), names.get(c))) {
        repeat++;
      }
      xml.empty(TABLE, "table-column");
      if (repeat > 1) {
        xml.attribute(TABLE, "number-columns-repeated", repeat);
      }
      if (names.get(c) != null) {
        xml.attribute(TABLE, "style-name", names.get(c));
      }
      c += repeat;
    }
  }

  private void row(List<SheetCell> cells) throws XMLStreamException {
    xml.start(TABLE, "table-row");
    if (cells.isEmpty()) {
      // ODF wants at least one cell in a row.
      xml.empty(TABLE, "table-cell");
    }
    for (SheetCell cell : cells) {
      cell(cell);
    }
    xml.end();
  }

  private void cell(SheetCell cell) throws XMLStreamException {
    if (cell == null) {
      xml.empty(TABLE, "table-cell");
    } else if (cell.isEmpty()) {
      xml.empty(TABLE, "table-cell").attribute(TABLE, "style-name", styles.cell(cell));
    } else if (cell instanceof SheetCell.Figure f) {
      // No text:p: a reader shows the value in the cell's number format.
      xml.empty(TABLE, "table-cell").attribute(TABLE, "style-name", styles.cell(cell))
          .attribute(OFFICE, "value-type", "float").attribute(OFFICE, "value", value(f.value()));
    } else {
      xml.start(TABLE, "table-cell").attribute(TABLE, "style-name", styles.cell(cell))
          .attribute(OFFICE, "value-type", "string");
      if (cell instanceof SheetCell.Link link) {
        xml.start(TEXT, "p").start(TEXT, "a").attribute(XLINK, "type", "simple")
            .attribute(XLINK, "href", "#" + quoted(link.sheet()) + ".A1");
        OdsText.content(xml, link.sheet());
        xml.end().end();
      } else {
        OdsText.paragraph(xml, ((SheetCell.Text) cell).text());
      }
      xml.end();
    }
  }

  /** The number as the spreadsheet holds it, a double, written without an exponent. */
  private static String value(BigDecimal number) {
    return BigDecimal.valueOf(number.doubleValue()).toPlainString();
  }
}
