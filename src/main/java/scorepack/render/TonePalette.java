package scorepack.render;

import scorepack.pack.Tone;

/**
 * The colours a tone is drawn in, the same in every output. Every pair keeps a text contrast of at
 * least 4.5:1 (WCAG AA), so the printed word or arrow stays readable; the colour only repeats what
 * the text says.
 *
 * @param fill the cell fill as RRGGBB, or null for no fill (white)
 * @param text the text colour as RRGGBB
 * @param bold whether the text is bold
 */
public record TonePalette(String fill, String text, boolean bold) {
  public static final String WHITE = "FFFFFF";
  public static final String BLACK = "000000";

  public static TonePalette of(Tone tone) {
    return switch (tone) {
      case PLAIN -> new TonePalette(null, BLACK, false);
      case RAG_RED -> new TonePalette("FFC7CE", "9C0006", false);
      case RAG_AMBER -> new TonePalette("FFEB9C", "7F6000", false);
      case RAG_GREEN -> new TonePalette("C6EFCE", "006100", false);
      case IMPROVING -> new TonePalette(null, "006100", true);
      case DECLINING -> new TonePalette(null, "9C0006", true);
      case NEUTRAL -> new TonePalette(null, "404040", true);
    };
  }

  /** The background the text sits on. */
  public String background() {
    return fill == null ? WHITE : fill;
  }
}
