package scorepack.render.pdf;

import com.lowagie.text.pdf.PdfDestination;
import com.lowagie.text.pdf.PdfOutline;
import com.lowagie.text.pdf.PdfWriter;
import java.util.List;

/**
 * The document outline (bookmarks): an entry per landmark, each section under its part, each
 * opening its page at the heading. The viewer shows it when the document opens.
 */
final class Bookmarks {
  private Bookmarks() {}

  /** @param landmarks the landmarks in document order, their pages counted from the document's first */
  static void write(PdfWriter writer, List<Landmark> landmarks) {
    PdfOutline part = null;
    for (Landmark landmark : landmarks) {
      PdfDestination destination = new PdfDestination(PdfDestination.XYZ, -1, landmark.top(), 0);
      destination.addPage(writer.getPageReference(landmark.page() + 1));
      PdfOutline parent = landmark.level() == 0 || part == null ? writer.getRootOutline() : part;
      PdfOutline entry = new PdfOutline(parent, destination, landmark.title(), true);
      if (landmark.level() == 0) {
        part = entry;
      }
    }
  }
}
