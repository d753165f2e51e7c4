package scorepack.render.pdf;

/**
 * Where a part begins: at the top of a page of its own, or lower down the last page of the part
 * before it, so that a short part or the tail of a long one does not leave a page nearly empty.
 *
 * @param top the y of the part's heading on its first page
 * @param sharesPage whether that page is the previous part's last page
 */
record PartStart(float top, boolean sharesPage) {
  /** At the top of a new page. */
  static PartStart newPage(PageGeometry geometry) {
    return new PartStart(geometry.top(), false);
  }
}
