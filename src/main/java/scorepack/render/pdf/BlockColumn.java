package scorepack.render.pdf;

import java.util.List;

/** A column of blocks split into pages: as many whole blocks as fit, never ending a page on a heading. */
final class BlockColumn {
  private final List<Block> blocks;
  private final List<RowPagination.PageRows> pages;

  /**
   * @param firstPage the height the column has on its first page
   * @param laterPages the height it has on every later page
   */
  BlockColumn(List<Block> blocks, float firstPage, float laterPages) {
    this.blocks = List.copyOf(blocks);
    float[] heights = new float[this.blocks.size()];
    boolean[] keep = new boolean[heights.length];
    for (int b = 0; b < heights.length; b++) {
      heights[b] = this.blocks.get(b).height();
      keep[b] = this.blocks.get(b).keepWithNext();
    }
    this.pages = RowPagination.split(heights, keep, firstPage, laterPages);
  }

  int pageCount() {
    return pages.size();
  }

  /** The height of the blocks on page {@code page}. */
  float height(int page) {
    float sum = 0;
    for (int b = pages.get(page).from(); b < pages.get(page).to(); b++) {
      sum += blocks.get(b).height();
    }
    return sum;
  }

  /** Draws the blocks of the column's page {@code page}, if it has that many pages. */
  void draw(Canvas canvas, TagScope scope, int page, float left, float top) {
    if (page >= pages.size()) {
      return;
    }
    float y = top;
    for (int b = pages.get(page).from(); b < pages.get(page).to(); b++) {
      blocks.get(b).draw(canvas, scope, left, y);
      y -= blocks.get(b).height();
    }
  }
}
