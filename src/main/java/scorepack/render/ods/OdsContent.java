package scorepack.render.ods;

import static scorepack.render.ods.Namespace.OFFICE;
import static scorepack.render.ods.Namespace.TABLE;

import java.util.List;
import javax.xml.stream.XMLStreamException;
import scorepack.render.sheet.SheetLayout;

/**
 * content.xml: the automatic styles, then every sheet as a table, then each sheet's table as a
 * database range (ODF's counterpart of an Excel table) with a header row and filter buttons.
 */
final class OdsContent {
  private OdsContent() {}

  static void write(XmlPart xml, List<SheetLayout> layouts) throws XMLStreamException {
    List<OdsSheet> sheets = layouts.stream().map(OdsSheet::of).toList();
    OdsStyles styles = OdsStyles.of(sheets);
    xml.root(OFFICE, "document-content", OFFICE, Namespace.STYLE, TABLE, Namespace.TEXT, Namespace.NUMBER,
            Namespace.FO, Namespace.XLINK)
        .attribute(OFFICE, "version", OdsPackage.ODF_VERSION);
    styles.write(xml);
    xml.start(OFFICE, "body").start(OFFICE, "spreadsheet");
    OdsTable table = new OdsTable(xml, styles);
    for (OdsSheet sheet : sheets) {
      table.write(sheet);
    }
    if (layouts.stream().anyMatch(SheetLayout::hasTable)) {
      xml.start(TABLE, "database-ranges");
      for (SheetLayout layout : layouts) {
        if (layout.hasTable()) {
          databaseRange(xml, layout);
        }
      }
      xml.end();
    }
    xml.end().end().end();
  }

  private static void databaseRange(XmlPart xml, SheetLayout sheet) throws XMLStreamException {
    int first = sheet.headerRow();
    // An empty table still spans one row under its header.
    int last = first + Math.max(1, sheet.table().rows().size());
    String name = OdsTable.quoted(sheet.name()) + ".";
    xml.empty(TABLE, "database-range")
        .attribute(TABLE, "name", sheet.table().name())
        .attribute(TABLE, "target-range-address",
            name + "A" + (first + 1) + ":" + name + column(sheet.table().headers().size() - 1) + (last + 1))
        .attribute(TABLE, "contains-header", "true")
        .attribute(TABLE, "display-filter-buttons", "true");
  }

  /** A column's letters: 0 is A, 26 is AA. */
  static String column(int index) {
    StringBuilder letters = new StringBuilder();
    for (int n = index + 1; n > 0; n = (n - 1) / 26) {
      letters.insert(0, (char) ('A' + (n - 1) % 26));
    }
    return letters.toString();
  }
}
