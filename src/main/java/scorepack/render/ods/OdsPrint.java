package scorepack.render.ods;

import java.io.IOException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Printing for every sheet, in the styles.xml SODS leaves empty: an A4 landscape page layout that
 * scales each sheet to one page wide (ODF 1.3's scale-to-X), used by the default master page.
 */
final class OdsPrint {
  private OdsPrint() {}

  static byte[] finish(byte[] stylesXml) throws IOException {
    Document styles = Xml.parse(stylesXml);
    Element root = styles.getDocumentElement();
    root.setAttributeNS(Xml.XMLNS, "xmlns:style", Xml.STYLE);
    root.setAttributeNS(Xml.XMLNS, "xmlns:fo", Xml.FO);
    Element automatic = Xml.child(root, Xml.OFFICE, "office:automatic-styles");
    Element layout = styles.createElementNS(Xml.STYLE, "style:page-layout");
    layout.setAttributeNS(Xml.STYLE, "style:name", "scorepack-landscape");
    Element properties = styles.createElementNS(Xml.STYLE, "style:page-layout-properties");
    properties.setAttributeNS(Xml.FO, "fo:page-width", "297mm");
    properties.setAttributeNS(Xml.FO, "fo:page-height", "210mm");
    properties.setAttributeNS(Xml.STYLE, "style:print-orientation", "landscape");
    properties.setAttributeNS(Xml.STYLE, "style:scale-to-X", "1");
    properties.setAttributeNS(Xml.STYLE, "style:scale-to-Y", "0");
    layout.appendChild(properties);
    automatic.appendChild(layout);
    Element master = Xml.child(root, Xml.OFFICE, "office:master-styles");
    Element page = styles.createElementNS(Xml.STYLE, "style:master-page");
    page.setAttributeNS(Xml.STYLE, "style:name", "Default");
    page.setAttributeNS(Xml.STYLE, "style:page-layout-name", "scorepack-landscape");
    master.appendChild(page);
    return Xml.bytes(styles);
  }
}
