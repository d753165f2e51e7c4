package scorepack.render.pdf;

import com.lowagie.text.Rectangle;

/**
 * The page every part of the pack is laid out on: landscape A3 for a wide scorecard, landscape A4
 * otherwise, as a true landscape media box (no /Rotate), with the type sizes that suit it.
 *
 * @param width page width in points
 * @param height page height in points
 * @param margin the margin on every side, in points
 * @param bodySize the type size of table text
 * @param proseSize the type size of running text (front page, appendices)
 */
record PageGeometry(float width, float height, float margin, float bodySize, float proseSize) {
  /** Wider than this many columns, the scorecard is printed on A3. */
  static final int A4_MAX_COLUMNS = 14;
  /** The band at the foot of every page that holds the footer. */
  static final float FOOTER_BAND = 22;

  private static final float A4_LONG = 842;
  private static final float A4_SHORT = 595;
  private static final float A3_LONG = 1191;

  static PageGeometry forColumns(int columns) {
    return columns > A4_MAX_COLUMNS
        ? new PageGeometry(A3_LONG, A4_LONG, 28, 7.5f, 9.5f)
        : new PageGeometry(A4_LONG, A4_SHORT, 24, 8f, 9f);
  }

  Rectangle pageSize() {
    return new Rectangle(width, height);
  }

  boolean isA3() {
    return width == A3_LONG;
  }

  float left() {
    return margin;
  }

  float right() {
    return width - margin;
  }

  float contentWidth() {
    return width - 2 * margin;
  }

  /** The y of the content's top edge. */
  float top() {
    return height - margin;
  }

  /** The lowest y content may reach, above the footer band. */
  float bottom() {
    return margin + FOOTER_BAND;
  }

  /** The footer's baseline. */
  float footerBaseline() {
    return margin;
  }
}
