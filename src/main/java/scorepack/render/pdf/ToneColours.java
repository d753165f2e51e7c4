package scorepack.render.pdf;

import java.awt.Color;
import scorepack.pack.Tone;

/**
 * The colours a tone is drawn in: the same pastel fills and dark text as the workbook, each pair at
 * a text contrast of at least 4.5:1. The colour only repeats what the word or arrow already says.
 *
 * @param fill the cell fill, or null for none (white)
 * @param text the text colour
 * @param bold whether the text is bold
 */
record ToneColours(Color fill, Color text, boolean bold) {
  static ToneColours of(Tone tone) {
    return switch (tone) {
      case PLAIN -> new ToneColours(null, HouseColours.TEXT, false);
      case RAG_RED -> new ToneColours(new Color(0xFFC7CE), new Color(0x9C0006), true);
      case RAG_AMBER -> new ToneColours(new Color(0xFFEB9C), new Color(0x7F6000), true);
      case RAG_GREEN -> new ToneColours(new Color(0xC6EFCE), new Color(0x006100), true);
      case IMPROVING -> new ToneColours(null, new Color(0x006100), true);
      case DECLINING -> new ToneColours(null, new Color(0x9C0006), true);
      case NEUTRAL -> new ToneColours(null, new Color(0x404040), true);
    };
  }

  /** The background the text sits on. */
  Color background() {
    return fill == null ? Color.WHITE : fill;
  }
}
