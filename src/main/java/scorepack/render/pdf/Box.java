package scorepack.render.pdf;

/**
 * A rectangle on the page, in points from the bottom-left corner.
 *
 * @param left the left edge
 * @param bottom the bottom edge
 * @param width the width
 * @param height the height
 */
record Box(float left, float bottom, float width, float height) {
  /** The box with {@code top} as its top edge. */
  static Box fromTop(float left, float top, float width, float height) {
    return new Box(left, top - height, width, height);
  }

  float top() {
    return bottom + height;
  }

  float right() {
    return left + width;
  }

  /** The box shrunk by {@code padding} on every side. */
  Box inset(float padding) {
    return new Box(left + padding, bottom + padding, width - 2 * padding, height - 2 * padding);
  }
}
