package scorepack.render.ods;

import static scorepack.render.ods.Namespace.STYLE;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamException;
import scorepack.render.sheet.FigureFormat;
import scorepack.render.sheet.SheetCell;

/**
 * The automatic styles of content.xml, gathered from every sheet before any is written (ODF wants
 * them first) and named in the order the sheets first use them: a data style per number format, a
 * cell style per look and a column style per width.
 */
final class OdsStyles {
  /** Millimetres per character of column width, for 10pt text. */
  static final int MM_PER_CHARACTER = 2;

  private final Map<FigureFormat, String> dataStyles = new LinkedHashMap<>();
  private final Map<CellStyle, String> cellStyles = new LinkedHashMap<>();
  private final Map<Integer, String> columnStyles = new LinkedHashMap<>();

  private OdsStyles() {}

  static OdsStyles of(List<OdsSheet> sheets) {
    OdsStyles styles = new OdsStyles();
    for (OdsSheet sheet : sheets) {
      for (int width : sheet.layout().widths()) {
        styles.columnStyles.computeIfAbsent(width, w -> "co" + (styles.columnStyles.size() + 1));
      }
      for (List<SheetCell> row : sheet.rows()) {
        for (SheetCell cell : row) {
          if (cell != null) {
            styles.add(CellStyle.of(cell));
          }
        }
      }
    }
    return styles;
  }

  private void add(CellStyle style) {
    if (style.format() != null) {
      dataStyles.computeIfAbsent(style.format(), f -> "N" + (dataStyles.size() + 1));
    }
    cellStyles.computeIfAbsent(style, s -> "ce" + (cellStyles.size() + 1));
  }

  /** The name of the cell style that draws {@code cell}. */
  String cell(SheetCell cell) {
    return named(cellStyles.get(CellStyle.of(cell)), cell);
  }

  /** The name of the column style for a width in characters. */
  String column(int width) {
    return named(columnStyles.get(width), width);
  }

  private static String named(String name, Object style) {
    if (name == null) {
      throw new IllegalStateException("no style was gathered for " + style + ": OdsStyles.of must see every sheet");
    }
    return name;
  }

  /** Writes office:automatic-styles. */
  void write(XmlPart xml) throws XMLStreamException {
    xml.start(Namespace.OFFICE, "automatic-styles");
    for (Map.Entry<FigureFormat, String> data : dataStyles.entrySet()) {
      DataStyle.write(xml, data.getValue(), data.getKey());
    }
    for (Map.Entry<CellStyle, String> cell : cellStyles.entrySet()) {
      CellStyle style = cell.getKey();
      style.write(xml, cell.getValue(), style.format() == null ? null : dataStyles.get(style.format()));
    }
    for (Map.Entry<Integer, String> column : columnStyles.entrySet()) {
      xml.start(STYLE, "style").attribute(STYLE, "name", column.getValue()).attribute(STYLE, "family", "table-column")
          .empty(STYLE, "table-column-properties")
          .attribute(STYLE, "column-width", column.getKey() * MM_PER_CHARACTER + "mm")
          .end();
    }
    xml.end();
  }
}
