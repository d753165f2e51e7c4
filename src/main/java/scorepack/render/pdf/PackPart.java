package scorepack.render.pdf;

import com.lowagie.text.pdf.PdfStructureElement;
import java.util.List;

/**
 * A part of the pack (front page, key facts, scorecard, an appendix) that is laid out on whole
 * pages before anything is drawn, so that the page count and the page of every landmark are known
 * when the contents list and the first footer are written.
 */
interface PackPart {
  /** The pages the part adds: a part that starts on the previous part's last page does not count it. */
  int pageCount();

  /** Whether the part starts on the previous part's last page. */
  default boolean sharesPage() {
    return false;
  }

  /** The height left under the part's content on its last page; 0 for a part that fills its pages. */
  default float roomLeft() {
    return 0;
  }

  /** Whether the part's first page holds its first rows or blocks, rather than only its heading. */
  default boolean holdsContentOnFirstPage() {
    return true;
  }

  /**
   * The part's heading and sections, their pages counted from the part's first page (the previous
   * part's last page, for a part that shares it).
   */
  List<Landmark> landmarks();

  /** Draws the part's pages, starting each with {@link PageSequence#startPage()}. */
  void draw(PageSequence pages, PdfStructureElement document);
}
