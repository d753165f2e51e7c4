package scorepack.render.xlsx;

import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.FontScheme;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import scorepack.pack.Tone;

/**
 * The workbook's cell styles, made once each and shared: Arial 10 throughout, a filled bold header,
 * and tone colours that match the PDF's roles.
 */
final class WorkbookStyles {
  static final String FONT_NAME = "Arial";
  static final short FONT_SIZE = 10;
  private static final short TITLE_SIZE = 14;
  private static final String HEADER_FILL = "1F3864";
  private static final String SECTION_FILL = "D9E1F2";
  private static final String BORDER = "BFBFBF";

  private final XSSFWorkbook workbook;
  private final Map<FontKey, XSSFFont> fonts = new HashMap<>();
  private final Map<StyleKey, XSSFCellStyle> styles = new HashMap<>();

  private record FontKey(boolean bold, short size, String colour) {}

  private enum Role { TITLE, LINE, NOTE, HEADING, LABEL, HEADER, SECTION, BODY, WRAPPED, FIGURE }

  private record StyleKey(Role role, Tone tone, String pattern) {}

  WorkbookStyles(XSSFWorkbook workbook) {
    this.workbook = workbook;
    // The default font also covers cells without a style of their own.
    XSSFFont base = workbook.getFontAt(0);
    base.setFontName(FONT_NAME);
    base.setFontHeightInPoints(FONT_SIZE);
    // POI's default font follows the theme ("minor" = Calibri in Excel); Arial must win.
    base.setScheme(FontScheme.NONE);
  }

  /** A sheet's title in A1. */
  XSSFCellStyle title() {
    return style(new StyleKey(Role.TITLE, Tone.PLAIN, ""));
  }

  /** A plain line of text under a title, not wrapped so that it may run across empty cells. */
  XSSFCellStyle line() {
    return style(new StyleKey(Role.LINE, Tone.PLAIN, ""));
  }

  /** A paragraph of running text outside the table: wrapped, no border. */
  XSSFCellStyle note() {
    return style(new StyleKey(Role.NOTE, Tone.PLAIN, ""));
  }

  /** A heading over a block of the cover. */
  XSSFCellStyle heading() {
    return style(new StyleKey(Role.HEADING, Tone.PLAIN, ""));
  }

  /** The label of a label/value pair. */
  XSSFCellStyle label() {
    return style(new StyleKey(Role.LABEL, Tone.PLAIN, ""));
  }

  /** A column heading: bold, filled, wrapped. */
  XSSFCellStyle header() {
    return style(new StyleKey(Role.HEADER, Tone.PLAIN, ""));
  }

  /** A section title row across the table. */
  XSSFCellStyle section() {
    return style(new StyleKey(Role.SECTION, Tone.PLAIN, ""));
  }

  /** A text cell in a table, drawn in its tone. */
  XSSFCellStyle text(Tone tone) {
    return style(new StyleKey(Role.BODY, tone, ""));
  }

  /** A text cell that wraps, such as the indicator title or a definition. */
  XSSFCellStyle wrapped(Tone tone) {
    return style(new StyleKey(Role.WRAPPED, tone, ""));
  }

  /** A number shown with an Excel number format pattern. */
  XSSFCellStyle figure(Tone tone, String pattern) {
    return style(new StyleKey(Role.FIGURE, tone, pattern));
  }

  private XSSFCellStyle style(StyleKey key) {
    XSSFCellStyle existing = styles.get(key);
    if (existing != null) {
      return existing;
    }
    XSSFCellStyle style = workbook.createCellStyle();
    ToneColours colours = ToneColours.of(key.tone());
    switch (key.role()) {
      case TITLE -> style.setFont(font(true, TITLE_SIZE, "000000"));
      case LINE -> style.setFont(font(false, FONT_SIZE, "000000"));
      case NOTE -> {
        style.setFont(font(false, FONT_SIZE, "000000"));
        style.setWrapText(true);
        style.setVerticalAlignment(VerticalAlignment.TOP);
      }
      case HEADING, LABEL -> {
        style.setFont(font(true, FONT_SIZE, "000000"));
        style.setVerticalAlignment(VerticalAlignment.TOP);
      }
      case HEADER -> {
        style.setFont(font(true, FONT_SIZE, ToneColours.WHITE));
        fill(style, HEADER_FILL);
        style.setWrapText(true);
        style.setVerticalAlignment(VerticalAlignment.TOP);
        border(style);
      }
      case SECTION -> {
        style.setFont(font(true, FONT_SIZE, "000000"));
        fill(style, SECTION_FILL);
        border(style);
      }
      case BODY, WRAPPED, FIGURE -> {
        style.setFont(font(colours.bold(), FONT_SIZE, colours.text()));
        if (colours.fill() != null) {
          fill(style, colours.fill());
        }
        if (key.tone() != Tone.PLAIN) {
          style.setAlignment(HorizontalAlignment.CENTER);
        }
        style.setWrapText(key.role() == Role.WRAPPED);
        style.setVerticalAlignment(VerticalAlignment.TOP);
        if (key.role() == Role.FIGURE) {
          style.setDataFormat(workbook.createDataFormat().getFormat(key.pattern()));
        }
        border(style);
      }
    }
    styles.put(key, style);
    return style;
  }

  private XSSFFont font(boolean bold, short size, String colour) {
    return fonts.computeIfAbsent(new FontKey(bold, size, colour), k -> {
      XSSFFont font = workbook.createFont();
      font.setFontName(FONT_NAME);
      font.setFontHeightInPoints(k.size());
      font.setBold(k.bold());
      font.setColor(colour(k.colour()));
      return font;
    });
  }

  private static void fill(XSSFCellStyle style, String rgb) {
    // Pattern first: each setter adds a fill record, and a bare solid fill is shared by all styles.
    style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    style.setFillForegroundColor(colour(rgb));
  }

  private static void border(XSSFCellStyle style) {
    XSSFColor grey = colour(BORDER);
    style.setBorderTop(BorderStyle.THIN);
    style.setBorderBottom(BorderStyle.THIN);
    style.setBorderLeft(BorderStyle.THIN);
    style.setBorderRight(BorderStyle.THIN);
    style.setTopBorderColor(grey);
    style.setBottomBorderColor(grey);
    style.setLeftBorderColor(grey);
    style.setRightBorderColor(grey);
  }

  /** An opaque colour; OOXML wants ARGB, and a bare RGB value is not valid in the styles part. */
  static XSSFColor colour(String rgb) {
    return new XSSFColor(HexFormat.of().parseHex("FF" + rgb), null);
  }
}
