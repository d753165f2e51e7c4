package scorepack.render.pdf;

import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfStructureElement;
import java.util.ArrayList;
import java.util.List;

/**
 * A scorecard table too wide for A4, printed in column parts: each page of lines is printed once for
 * each part, part after part, so that the page after a page of this year's figures holds the same
 * lines' targets and benchmarks, at the same heights. Each part is a tagged table of its own under
 * its own heading, repeating the lines' reference and title and its column headings on every page;
 * later pages of a part repeat its heading, header and the section it continues as artifacts, as
 * {@link TablePart} does. Only the first part's heading and sections are landmarks, so the outline
 * leads to each section once.
 */
final class ContinuedColumnsPart implements PackPart {
  private final List<PartHeading> headings;
  private final List<PagedTable> tables;
  private final PageGeometry geometry;
  private final List<RowPagination.PageRows> pages;

  /**
   * @param heading the scorecard's heading
   * @param subline the line under it (the as-at line)
   * @param part the table's column parts
   */
  ContinuedColumnsPart(String heading, String subline, ScorecardTable.Part part, PageGeometry geometry) {
    this.tables = part.tables();
    this.geometry = geometry;
    int count = tables.size();
    List<PartHeading> list = new ArrayList<>();
    for (int k = 0; k < count; k++) {
      String lead = subline.isEmpty() ? "" : subline + ". ";
      String line = k == 0
          ? lead + "Part 1 of " + count + ": the same lines continue on the next page."
          : lead + "Part " + (k + 1) + " of " + count + ": " + part.shown().get(k) + " for the lines of "
              + (k == 1 ? "the page before." : "the page " + k + " pages before.");
      list.add(new PartHeading(k == 0 ? heading : heading + " (part " + (k + 1) + " of " + count + ")", line,
          geometry));
    }
    this.headings = List.copyOf(list);
    float room = geometry.top() - geometry.bottom() - headings.get(0).height();
    this.pages = tables.get(0).paginate(room, room);
  }

  @Override
  public int pageCount() {
    return pages.size() * tables.size();
  }

  @Override
  public List<Landmark> landmarks() {
    List<Landmark> landmarks = new ArrayList<>();
    landmarks.add(headings.get(0).landmark(geometry.top()));
    for (Landmark l : tables.get(0).landmarks(pages, tableTop())) {
      landmarks.add(new Landmark(l.title(), l.level(), l.page() * tables.size(), l.top()));
    }
    return landmarks;
  }

  @Override
  public void draw(PageSequence sequence, PdfStructureElement document) {
    List<PdfStructureElement> elements = new ArrayList<>();
    for (int p = 0; p < pages.size(); p++) {
      for (int k = 0; k < tables.size(); k++) {
        Canvas canvas = sequence.startPage();
        headings.get(k).draw(canvas, document, p == 0, geometry.top());
        if (p == 0) {
          elements.add(Tags.child(document, PdfName.TABLE));
        }
        tables.get(k).draw(canvas, elements.get(k), pages.get(p), p == 0, geometry.left(), tableTop());
      }
    }
  }

  private float tableTop() {
    return geometry.top() - headings.get(0).height();
  }
}
