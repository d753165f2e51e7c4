package scorepack.render.ods;

import java.util.HashMap;
import java.util.Map;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import scorepack.pack.NumberFormat;
import scorepack.render.sheet.FigureFormat;

/**
 * Number formats for content.xml, which SODS cannot write: one ODF data style per figure format
 * ("0.0%", "#,##0", "<" 87%, ...), and one cell style per (SODS cell style, data style) pair,
 * copied from the SODS style with the data style added.
 */
final class OdsNumberStyles {
  private final Document document;
  private final Element automaticStyles;
  private final Map<FigureFormat, String> dataStyles = new HashMap<>();
  private final Map<String, String> cellStyles = new HashMap<>();

  OdsNumberStyles(Document document) {
    this.document = document;
    this.automaticStyles = Xml.child(document.getDocumentElement(), Xml.OFFICE, "office:automatic-styles");
  }

  /** The cell style that draws like {@code baseStyle} (may be empty) and shows numbers in {@code format}. */
  String cellStyle(String baseStyle, FigureFormat format) {
    String dataStyle = dataStyle(format);
    return cellStyles.computeIfAbsent(baseStyle + "\u0000" + dataStyle, key -> {
      String name = "scn" + (cellStyles.size() + 1);
      Element style = baseStyle.isEmpty() ? null : find(baseStyle);
      if (style == null) {
        style = document.createElementNS(Xml.STYLE, "style:style");
        style.setAttributeNS(Xml.STYLE, "style:family", "table-cell");
      } else {
        style = (Element) style.cloneNode(true);
      }
      style.setAttributeNS(Xml.STYLE, "style:name", name);
      style.setAttributeNS(Xml.STYLE, "style:data-style-name", dataStyle);
      automaticStyles.appendChild(style);
      return name;
    });
  }

  private String dataStyle(FigureFormat format) {
    return dataStyles.computeIfAbsent(format, f -> {
      String name = "sdn" + (dataStyles.size() + 1);
      NumberFormat number = f.number();
      Element style = document.createElementNS(Xml.NUMBER,
          number.isPercent() ? "number:percentage-style" : "number:number-style");
      style.setAttributeNS(Xml.STYLE, "style:name", name);
      literal(style, f.prefix());
      Element digits = document.createElementNS(Xml.NUMBER, "number:number");
      digits.setAttributeNS(Xml.NUMBER, "number:decimal-places", String.valueOf(number.decimals()));
      digits.setAttributeNS(Xml.NUMBER, "number:min-decimal-places", String.valueOf(number.decimals()));
      digits.setAttributeNS(Xml.NUMBER, "number:min-integer-digits", "1");
      if (number.excelPattern().contains(",")) {
        digits.setAttributeNS(Xml.NUMBER, "number:grouping", "true");
      }
      style.appendChild(digits);
      literal(style, number.isPercent() ? "%" + f.suffix() : f.suffix());
      // Data styles go first, before the cell styles that name them.
      automaticStyles.insertBefore(style, automaticStyles.getFirstChild());
      return name;
    });
  }

  private void literal(Element style, String text) {
    if (!text.isEmpty()) {
      Element literal = document.createElementNS(Xml.NUMBER, "number:text");
      literal.setTextContent(text);
      style.appendChild(literal);
    }
  }

  private Element find(String name) {
    for (Element style : Xml.children(automaticStyles, Xml.STYLE, "style")) {
      if (name.equals(style.getAttributeNS(Xml.STYLE, "name"))) {
        return style;
      }
    }
    return null;
  }
}
