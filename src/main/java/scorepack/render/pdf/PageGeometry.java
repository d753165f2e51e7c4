package scorepack.render.pdf;

import com.lowagie.text.Rectangle;
import scorepack.pack.Paper;

/**
 * The page every part of the pack is laid out on: landscape A3 for a wide scorecard, landscape A4
 * otherwise, as a true landscape media box (no /Rotate), with the type sizes that suit it. On A4
 * paper by the template's choice, the scorecard keeps a type size readable on A4 and continues its
 * columns on the next page where they do not fit ({@link #splitsColumns}).
 *
 * @param width page width in points
 * @param height page height in points
 * @param margin the margin on every side, in points
 * @param bodySize the type size of table text
 * @param proseSize the type size of running text (front page, appendices)
 * @param smallestHeading the least size a table heading is set at to keep its words whole; on A4
 *     paper it is the least readable size, and a scorecard splits its columns rather than go below it
 */
record PageGeometry(float width, float height, float margin, float bodySize, float proseSize,
    float smallestHeading) {
  /** Wider than this many columns, the scorecard is printed on A3. */
  static final int A4_MAX_COLUMNS = 14;
  /** The band at the foot of every page that holds the footer. */
  static final float FOOTER_BAND = 22;

  private static final float A4_LONG = 842;
  private static final float A4_SHORT = 595;
  private static final float A3_LONG = 1191;

  /** The least heading size on A3 or a narrow scorecard's A4, where headings shrink to fit. */
  private static final float SHRUNK_HEADING = 5f;
  /** The least heading size on A4 paper: 7 pt, read on the page as printed. */
  static final float READABLE_HEADING = 7f;

  /** The page for a scorecard of this many columns on the paper its width asks for. */
  static PageGeometry forColumns(int columns) {
    return columns > A4_MAX_COLUMNS
        ? new PageGeometry(A3_LONG, A4_LONG, 28, 7.5f, 9.5f, SHRUNK_HEADING)
        : new PageGeometry(A4_LONG, A4_SHORT, 24, 8f, 9f, SHRUNK_HEADING);
  }

  /** The page for a scorecard of this many columns on the template's paper. */
  static PageGeometry of(Paper paper, int columns) {
    return switch (paper) {
      case A3 -> forColumns(columns);
      case A4 -> new PageGeometry(A4_LONG, A4_SHORT, 24, 8.5f, 9f, READABLE_HEADING);
    };
  }

  /** Whether a scorecard too wide for the page continues its columns on the next page. */
  boolean splitsColumns() {
    return smallestHeading >= READABLE_HEADING;
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
