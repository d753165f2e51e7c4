package scorepack.render.ods;

import static scorepack.render.ods.Namespace.FO;
import static scorepack.render.ods.Namespace.OFFICE;
import static scorepack.render.ods.Namespace.STYLE;
import static scorepack.render.ods.Namespace.TEXT;

import javax.xml.stream.XMLStreamException;

/**
 * styles.xml: how every sheet prints, as the XLSX does. An A4 landscape page layout that scales each
 * sheet to one page wide (ODF 1.3's scale-to-X; each table's header row repeats through
 * table:table-header-rows), with "Page N of M" centred in the footer, used by the default master page.
 */
final class OdsPrint {
  static final String PAGE_LAYOUT = "scorepack-landscape";

  private OdsPrint() {}

  static void write(XmlPart xml) throws XMLStreamException {
    xml.root(OFFICE, "document-styles", OFFICE, STYLE, FO, TEXT).attribute(OFFICE, "version", OdsPackage.ODF_VERSION);
    xml.start(OFFICE, "automatic-styles");
    xml.start(STYLE, "page-layout").attribute(STYLE, "name", PAGE_LAYOUT);
    xml.empty(STYLE, "page-layout-properties")
        .attribute(FO, "page-width", "297mm")
        .attribute(FO, "page-height", "210mm")
        .attribute(STYLE, "print-orientation", "landscape")
        .attribute(STYLE, "scale-to-X", "1")
        .attribute(STYLE, "scale-to-Y", "0");
    xml.start(STYLE, "footer-style")
        .empty(STYLE, "header-footer-properties").attribute(FO, "min-height", "7.5mm").attribute(FO, "margin-top", "2.5mm")
        .end();
    xml.end().end();
    xml.start(OFFICE, "master-styles");
    xml.start(STYLE, "master-page").attribute(STYLE, "name", "Default").attribute(STYLE, "page-layout-name", PAGE_LAYOUT);
    xml.start(STYLE, "footer").start(STYLE, "region-center").start(TEXT, "p")
        .text("Page ").element(TEXT, "page-number", "1").text(" of ").element(TEXT, "page-count", "1")
        .end().end().end();
    xml.end().end();
  }
}
