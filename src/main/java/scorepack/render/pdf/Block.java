package scorepack.render.pdf;

/**
 * A piece of running content of a fixed height (its space above included), placed top down in a
 * column. A page may end after any block that is not kept with the next.
 */
interface Block {
  float height();

  /** Whether the block must not end a page (a heading). */
  boolean keepWithNext();

  /** Draws the block from {@code top} down, its content tagged in {@code scope}. */
  void draw(Canvas canvas, TagScope scope, float left, float top);

  /** {@code block}, kept on the page of the block after it. */
  static Block keptWithNext(Block block) {
    return new Block() {
      @Override
      public float height() {
        return block.height();
      }

      @Override
      public boolean keepWithNext() {
        return true;
      }

      @Override
      public void draw(Canvas canvas, TagScope scope, float left, float top) {
        block.draw(canvas, scope, left, top);
      }
    };
  }
}
