package scorepack.render.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits table rows into pages: as many whole rows as fit, never ending a page on a row that must
 * stay with the next one. A row taller than a whole page gets a page to itself.
 */
final class RowPagination {
  /**
   * The rows on one page.
   *
   * @param from the first row
   * @param to one past the last row
   */
  record PageRows(int from, int to) {}

  private RowPagination() {}

  /**
   * @param heights each row's height
   * @param keepWithNext for each row, whether it may not be the last on a page
   * @param firstPage the height available for rows on the first page
   * @param laterPages the height available on every later page
   */
  static List<PageRows> split(float[] heights, boolean[] keepWithNext, float firstPage, float laterPages) {
    List<PageRows> pages = new ArrayList<>();
    int start = 0;
    float available = firstPage;
    float used = 0;
    int i = 0;
    while (i < heights.length) {
      if (used + heights[i] > available && i > start) {
        int end = i;
        while (end - 1 > start && keepWithNext[end - 1]) {
          end--;
        }
        pages.add(new PageRows(start, end));
        start = end;
        i = end;
        used = 0;
        available = laterPages;
        continue;
      }
      used += heights[i];
      i++;
    }
    pages.add(new PageRows(start, heights.length));
    return pages;
  }
}
