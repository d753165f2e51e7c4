package scorepack.render.xlsx;

import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.FontScheme;
import org.apache.poi.ss.usermodel.FontUnderline;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import scorepack.pack.Tone;
import scorepack.render.TonePalette;
import scorepack.render.sheet.TextRole;

/**
 * The workbook's cell styles, made once each and shared: Arial 10 throughout (the title 14), bold
 * headings, every table cell wrapped and top-aligned, no borders or fills except the RAG fills, whose
 * text keeps a contrast of at least 4.5:1.
 */
final class WorkbookStyles {
  static final String FONT_NAME = "Arial";
  static final short FONT_SIZE = 10;
  static final short TITLE_SIZE = 14;
  static final short HEADING_SIZE = 12;
  /** Excel's hyperlink blue: 5.9:1 on white. */
  static final String LINK = "0563C1";
  private static final String RULE = "808080";

  private final XSSFWorkbook workbook;
  private final Map<FontKey, XSSFFont> fonts = new HashMap<>();
  private final Map<StyleKey, XSSFCellStyle> styles = new HashMap<>();

  private record FontKey(boolean bold, short size, String colour, boolean underline) {}

  /**
   * Looked up for every cell: equals and hashCode written out, the same as a record's own, as
   * {@code TextFit.Wrapped}'s are and for the same reason.
   */
  private record StyleKey(String role, Tone tone, String pattern) {
    @Override
    public boolean equals(Object o) {
      return o instanceof StyleKey k && tone == k.tone && Objects.equals(role, k.role)
          && Objects.equals(pattern, k.pattern);
    }

    @Override
    public int hashCode() {
      return (Objects.hashCode(role) * 31 + Objects.hashCode(tone)) * 31 + Objects.hashCode(pattern);
    }
  }

  WorkbookStyles(XSSFWorkbook workbook) {
    this.workbook = workbook;
    // The default font also covers cells without a style of their own.
    XSSFFont base = workbook.getFontAt(0);
    base.setFontName(FONT_NAME);
    base.setFontHeightInPoints(FONT_SIZE);
    // POI's default font follows the theme ("minor" = Calibri in Excel); Arial must win.
    base.setScheme(FontScheme.NONE);
  }

  /** Text in its role and tone. */
  XSSFCellStyle text(TextRole role, Tone tone) {
    return style(new StyleKey(role.name(), tone, ""));
  }

  /** A number shown with an Excel number format pattern. */
  XSSFCellStyle figure(Tone tone, String pattern) {
    return style(new StyleKey("FIGURE", tone, pattern));
  }

  /** A link to another sheet. */
  XSSFCellStyle link() {
    return style(new StyleKey("LINK", Tone.PLAIN, ""));
  }

  private XSSFCellStyle style(StyleKey key) {
    XSSFCellStyle existing = styles.get(key);
    if (existing != null) {
      return existing;
    }
    XSSFCellStyle style = workbook.createCellStyle();
    TonePalette colours = TonePalette.of(key.tone());
    style.setVerticalAlignment(VerticalAlignment.TOP);
    switch (key.role()) {
      case "TITLE" -> style.setFont(font(true, TITLE_SIZE, TonePalette.BLACK, false));
      case "LINE" -> style.setFont(font(false, FONT_SIZE, TonePalette.BLACK, false));
      case "HEADING" -> style.setFont(font(true, HEADING_SIZE, TonePalette.BLACK, false));
      case "LABEL" -> style.setFont(font(true, FONT_SIZE, TonePalette.BLACK, false));
      case "PARAGRAPH" -> {
        style.setFont(font(false, FONT_SIZE, TonePalette.BLACK, false));
        style.setWrapText(true);
      }
      case "HEADER" -> {
        style.setFont(font(true, FONT_SIZE, TonePalette.BLACK, false));
        style.setWrapText(true);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBottomBorderColor(colour(RULE));
      }
      case "LINK" -> {
        style.setFont(font(false, FONT_SIZE, LINK, true));
        style.setWrapText(true);
      }
      default -> toned(style, key, colours);
    }
    styles.put(key, style);
    return style;
  }

  /** A table cell (text or figure) or a key symbol, in its tone. */
  private void toned(XSSFCellStyle style, StyleKey key, TonePalette colours) {
    style.setFont(font(colours.bold(), FONT_SIZE, colours.text(), false));
    if (colours.fill() != null) {
      // Pattern first: each setter adds a fill record, and a bare solid fill is shared by all styles.
      style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
      style.setFillForegroundColor(colour(colours.fill()));
    }
    if (key.tone() != Tone.PLAIN) {
      style.setAlignment(HorizontalAlignment.CENTER);
    }
    style.setWrapText(true);
    if (key.role().equals("FIGURE")) {
      style.setDataFormat(workbook.createDataFormat().getFormat(key.pattern()));
    }
  }

  private XSSFFont font(boolean bold, short size, String colour, boolean underline) {
    return fonts.computeIfAbsent(new FontKey(bold, size, colour, underline), k -> {
      XSSFFont font = workbook.createFont();
      font.setFontName(FONT_NAME);
      font.setFontHeightInPoints(k.size());
      font.setBold(k.bold());
      font.setColor(colour(k.colour()));
      if (k.underline()) {
        font.setUnderline(FontUnderline.SINGLE);
      }
      return font;
    });
  }

  /** An opaque colour; OOXML wants ARGB, and a bare RGB value is not valid in the styles part. */
  static XSSFColor colour(String rgb) {
    return new XSSFColor(HexFormat.of().parseHex("FF" + rgb), null);
  }
}
