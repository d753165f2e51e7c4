package scorepack.render.ods;

import com.github.miachm.sods.Color;
import com.github.miachm.sods.Style;
import scorepack.pack.Tone;
import scorepack.render.TonePalette;
import scorepack.render.sheet.TextRole;

/**
 * The SODS cell styles, matching the XLSX ones: 10pt text (titles 14, headings 12), bold headings,
 * wrapped and top-aligned table cells, RAG fills and tone colours. The font is the application's
 * sans-serif default (SODS writes no font name).
 */
final class OdsStyles {
  static final int FONT_SIZE = 10;
  static final int TITLE_SIZE = 14;
  static final int HEADING_SIZE = 12;
  private static final String LINK = "0563C1";

  Style text(TextRole role, Tone tone) {
    return switch (role) {
      case TITLE -> style(true, TITLE_SIZE, false);
      case HEADING -> style(true, HEADING_SIZE, false);
      case LABEL -> style(true, FONT_SIZE, false);
      case LINE -> style(false, FONT_SIZE, false);
      case PARAGRAPH -> style(false, FONT_SIZE, true);
      case HEADER -> style(true, FONT_SIZE, true);
      case BODY -> toned(tone);
    };
  }

  Style figure(Tone tone) {
    return toned(tone);
  }

  Style link() {
    Style style = style(false, FONT_SIZE, true);
    style.setUnderline(true);
    style.setFontColor(new Color("#" + LINK));
    return style;
  }

  private static Style toned(Tone tone) {
    TonePalette colours = TonePalette.of(tone);
    Style style = style(colours.bold(), FONT_SIZE, true);
    style.setFontColor(new Color("#" + colours.text()));
    if (colours.fill() != null) {
      style.setBackgroundColor(new Color("#" + colours.fill()));
    }
    if (tone != Tone.PLAIN) {
      style.setTextAligment(Style.TEXT_ALIGMENT.Center);
    }
    return style;
  }

  private static Style style(boolean bold, int size, boolean wrap) {
    Style style = new Style();
    style.setBold(bold);
    style.setFontSize(size);
    style.setWrap(wrap);
    style.setVerticalTextAligment(Style.VERTICAL_TEXT_ALIGMENT.Top);
    return style;
  }
}
