package scorepack.render.pdf;

/** Horizontal placement of a line of text in its box. */
enum Align {
  LEFT,
  CENTER,
  RIGHT;

  /** The x at which a line of {@code lineWidth} starts in a box from {@code left}, {@code width} wide. */
  float start(float left, float width, float lineWidth) {
    return switch (this) {
      case LEFT -> left;
      case CENTER -> left + (width - lineWidth) / 2;
      case RIGHT -> left + width - lineWidth;
    };
  }
}
