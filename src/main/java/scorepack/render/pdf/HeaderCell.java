package scorepack.render.pdf;

import java.util.Objects;

/**
 * One cell of a table's header, which may span columns (a group heading) or header rows (a column
 * heading with no group above it).
 *
 * @param text the heading
 * @param column the first column it covers
 * @param span how many columns it covers
 * @param row the header row it starts in
 * @param rowSpan how many header rows it covers
 */
record HeaderCell(String text, int column, int span, int row, int rowSpan) {
  HeaderCell {
    Objects.requireNonNull(text, "text");
    if (column < 0 || span < 1 || row < 0 || rowSpan < 1) {
      throw new IllegalArgumentException("bad header cell position for " + text);
    }
  }

  int lastRow() {
    return row + rowSpan - 1;
  }
}
