package scorepack.render.ods;

import static scorepack.render.ods.Namespace.NUMBER;
import static scorepack.render.ods.Namespace.STYLE;

import javax.xml.stream.XMLStreamException;
import scorepack.pack.NumberFormat;
import scorepack.render.sheet.FigureFormat;

/**
 * A figure format as an ODF data style, the counterpart of the XLSX number format: the digits, a
 * thousands separator where the pattern has one, the % sign of a percentage (held in percentage
 * points, so the sign is a literal), and the words or signs
 * the pack prints around the number, such as {@code <} in "<87%" or " (2021/22)".
 */
final class DataStyle {
  private DataStyle() {}

  static void write(XmlPart xml, String name, FigureFormat format) throws XMLStreamException {
    NumberFormat number = format.number();
    // A percentage is held in percentage points, so its % sign is a literal, not a percentage style's scaling.
    xml.start(NUMBER, "number-style").attribute(STYLE, "name", name);
    literal(xml, format.prefix());
    xml.empty(NUMBER, "number")
        .attribute(NUMBER, "decimal-places", number.decimals())
        .attribute(NUMBER, "min-decimal-places", number.decimals())
        .attribute(NUMBER, "min-integer-digits", 1);
    if (number.digits().contains(",")) {
      xml.attribute(NUMBER, "grouping", "true");
    }
    literal(xml, number.isPercent() ? "%" + format.suffix() : format.suffix());
    xml.end();
  }

  private static void literal(XmlPart xml, String text) throws XMLStreamException {
    if (!text.isEmpty()) {
      xml.element(NUMBER, "text", text);
    }
  }
}
