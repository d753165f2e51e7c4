package scorepack.render.ods;

import static scorepack.render.ods.Namespace.FO;
import static scorepack.render.ods.Namespace.STYLE;

import javax.xml.stream.XMLStreamException;
import scorepack.pack.Tone;
import scorepack.render.TonePalette;
import scorepack.render.sheet.FigureFormat;
import scorepack.render.sheet.SheetCell;
import scorepack.render.sheet.TextRole;

/**
 * How a cell is drawn, matching the XLSX styles: top-aligned 10pt text (titles 14, headings 12),
 * bold labels and headings, wrapped table cells in their tone's colours and fill, underlined links,
 * and a figure's number format. The font is the application's sans-serif default.
 *
 * @param bold whether the text is bold
 * @param points the font size in points
 * @param wrap whether the text wraps in the cell
 * @param colour the text colour as RRGGBB, or null for the default
 * @param fill the background as RRGGBB, or null for none
 * @param centred whether the text is centred
 * @param underlined whether the text is underlined, as a link is
 * @param format a figure's number format, or null for text and figures in the general format
 */
record CellStyle(boolean bold, int points, boolean wrap, String colour, String fill, boolean centred,
    boolean underlined, FigureFormat format) {
  static final int FONT_SIZE = 10;
  static final int TITLE_SIZE = 14;
  static final int HEADING_SIZE = 12;
  private static final String LINK = "0563C1";

  CellStyle {
    if (points <= 0) {
      throw new IllegalArgumentException("a font size must be positive, not " + points);
    }
    if (format != null && format.isGeneral()) {
      throw new IllegalArgumentException("the general format needs no data style");
    }
  }

  static CellStyle of(SheetCell cell) {
    if (cell instanceof SheetCell.Text t) {
      return text(t.role(), t.tone());
    }
    if (cell instanceof SheetCell.Figure f) {
      CellStyle toned = toned(f.tone());
      return f.format().isGeneral() ? toned : toned.withFormat(f.format());
    }
    return new CellStyle(false, FONT_SIZE, true, LINK, null, false, true, null);
  }

  private static CellStyle text(TextRole role, Tone tone) {
    return switch (role) {
      case TITLE -> plain(true, TITLE_SIZE, false);
      case HEADING -> plain(true, HEADING_SIZE, false);
      case LABEL -> plain(true, FONT_SIZE, false);
      case LINE -> plain(false, FONT_SIZE, false);
      case PARAGRAPH -> plain(false, FONT_SIZE, true);
      case HEADER -> plain(true, FONT_SIZE, true);
      case BODY -> toned(tone);
    };
  }

  private static CellStyle plain(boolean bold, int points, boolean wrap) {
    return new CellStyle(bold, points, wrap, null, null, false, false, null);
  }

  private static CellStyle toned(Tone tone) {
    TonePalette colours = TonePalette.of(tone);
    return new CellStyle(colours.bold(), FONT_SIZE, true, colours.text(), colours.fill(), tone != Tone.PLAIN, false,
        null);
  }

  private CellStyle withFormat(FigureFormat figures) {
    return new CellStyle(bold, points, wrap, colour, fill, centred, underlined, figures);
  }

  /** Writes the style as {@code name}, showing numbers in the data style {@code dataStyle} if it has a format. */
  void write(XmlPart xml, String name, String dataStyle) throws XMLStreamException {
    xml.start(STYLE, "style").attribute(STYLE, "name", name).attribute(STYLE, "family", "table-cell");
    if (format != null) {
      xml.attribute(STYLE, "data-style-name", dataStyle);
    }
    xml.empty(STYLE, "table-cell-properties").attribute(STYLE, "vertical-align", "top");
    if (wrap) {
      xml.attribute(FO, "wrap-option", "wrap");
    }
    if (fill != null) {
      xml.attribute(FO, "background-color", "#" + fill);
    }
    if (centred) {
      xml.empty(STYLE, "paragraph-properties").attribute(FO, "text-align", "center");
    }
    xml.empty(STYLE, "text-properties").attribute(FO, "font-size", points + "pt");
    if (bold) {
      xml.attribute(FO, "font-weight", "bold");
    }
    if (colour != null) {
      xml.attribute(FO, "color", "#" + colour);
    }
    if (underlined) {
      xml.attribute(STYLE, "text-underline-style", "solid").attribute(STYLE, "text-underline-type", "single")
          .attribute(STYLE, "text-underline-width", "auto").attribute(STYLE, "text-underline-color", "font-color");
    }
    xml.end();
  }
}
