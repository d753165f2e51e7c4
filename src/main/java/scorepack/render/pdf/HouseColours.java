package scorepack.render.pdf;

import java.awt.Color;

/** The pack's colours outside the tones: navy headers, pale section rows and cards, light grey rules. */
final class HouseColours {
  static final Color TEXT = new Color(0x000000);
  /** Header band fill; white bold text on it is 11.6:1. */
  static final Color NAVY = new Color(0x1F3864);
  static final Color ON_NAVY = Color.WHITE;
  /** Section rows and key panels; black text on it is 16:1. */
  static final Color SECTION = new Color(0xD9E1F2);
  static final Color BORDER = new Color(0xBFBFBF);
  /** Key-fact cards; navy figures on it are 11:1, muted notes 6.5:1. */
  static final Color CARD = new Color(0xEEF2F8);
  /** Secondary text (as-at lines, footers): 7:1 on white. */
  static final Color MUTED = new Color(0x595959);

  private HouseColours() {}
}
