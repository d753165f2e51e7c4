package scorepack.render.pdf;

import java.awt.Color;
import scorepack.pack.Tone;
import scorepack.render.TonePalette;

/**
 * The colours a tone is drawn in, in the PDF: the shared palette's fills and text colours (the
 * same as the workbook's), with the house text colour for plain text and every toned word bold.
 *
 * @param fill the cell fill, or null for none (white)
 * @param text the text colour
 * @param bold whether the text is bold
 */
record ToneColours(Color fill, Color text, boolean bold) {
  static ToneColours of(Tone tone) {
    TonePalette palette = TonePalette.of(tone);
    return new ToneColours(palette.fill() == null ? null : rgb(palette.fill()),
        tone == Tone.PLAIN ? HouseColours.TEXT : rgb(palette.text()), tone != Tone.PLAIN);
  }

  private static Color rgb(String hex) {
    return new Color(Integer.parseInt(hex, 16));
  }

  /** The background the text sits on. */
  Color background() {
    return fill == null ? Color.WHITE : fill;
  }
}
