package scorepack.render.pdf;

import com.lowagie.text.pdf.PdfStructureElement;

/**
 * A part of the pack (front page, scorecard, an appendix) that is laid out on whole pages before
 * anything is drawn, so that the page count is known when the first footer is written.
 */
interface PackPart {
  int pageCount();

  /** Draws the part's pages, starting each with {@link PageSequence#startPage()}. */
  void draw(PageSequence pages, PdfStructureElement document);
}
