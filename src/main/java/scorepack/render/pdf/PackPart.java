package scorepack.render.pdf;

import com.lowagie.text.pdf.PdfStructureElement;
import java.util.List;

/**
 * A part of the pack (front page, key facts, scorecard, an appendix) that is laid out on whole
 * pages before anything is drawn, so that the page count and the page of every landmark are known
 * when the contents list and the first footer are written.
 */
interface PackPart {
  int pageCount();

  /** The part's heading and sections, their pages counted from the part's first page. */
  List<Landmark> landmarks();

  /** Draws the part's pages, starting each with {@link PageSequence#startPage()}. */
  void draw(PageSequence pages, PdfStructureElement document);
}
