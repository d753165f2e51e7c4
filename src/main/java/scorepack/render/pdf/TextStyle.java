package scorepack.render.pdf;

import java.awt.Color;
import java.util.Objects;

/**
 * How a run of text is set.
 *
 * @param bold bold or regular Liberation Sans
 * @param size the type size in points
 * @param colour the text colour
 */
record TextStyle(boolean bold, float size, Color colour) {
  private static final float LEADING = 1.2f;

  TextStyle {
    Objects.requireNonNull(colour, "colour");
    if (size <= 0) {
      throw new IllegalArgumentException("a type size must be positive, not " + size);
    }
  }

  static TextStyle regular(float size) {
    return new TextStyle(false, size, HouseColours.TEXT);
  }

  static TextStyle bold(float size) {
    return new TextStyle(true, size, HouseColours.TEXT);
  }

  TextStyle withColour(Color other) {
    return new TextStyle(bold, size, other);
  }

  /** The distance between baselines. */
  float leading() {
    return size * LEADING;
  }

  /** From the top of a line box down to its baseline, so the letters sit in the middle of the box. */
  float baselineDrop() {
    return (leading() - size) / 2 + 0.8f * size;
  }
}
