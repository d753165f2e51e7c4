package scorepack.render.pdf;

import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfStructureElement;
import java.util.ArrayList;
import java.util.List;

/**
 * Scorecard tables too wide for A4, printed in column parts: each page of lines is printed once for
 * each part, part after part, so that the page after a page of this year's figures holds the same
 * lines' targets and benchmarks, at the same heights. Each part is a tagged table of its own under
 * its own heading, repeating the lines' reference and title and its column headings on every page;
 * later pages of a part repeat its heading, header and the section it continues as artifacts, as
 * {@link TablePart} does. A later table (a section of terms) starts under the one before on the same
 * pages when a fifth of the page is left and its first lines fit there. Only the first part's
 * headings and sections are landmarks, so the outline leads to each section once.
 */
final class ContinuedColumnsPart implements PackPart {
  /** The space between the end of one table and the heading of the next on the same pages. */
  private static final float TABLE_GAP = 18;

  private final List<Table> tables;
  private final PageGeometry geometry;
  private final int parts;
  private final List<Placement> placements = new ArrayList<>();
  private final int pageSets;
  /** The y under the last table's last line. */
  private float end;

  /**
   * One scorecard table in its column parts.
   *
   * @param headings each part's heading
   * @param columns each part's laid-out table
   */
  private record Table(List<PartHeading> headings, List<PagedTable> columns) {
    float headingHeight() {
      return headings.get(0).height();
    }
  }

  /**
   * A page of one table's lines, on the page of each part in one set of pages.
   *
   * @param table which table
   * @param pageSet the set of pages (one page a part) it is on
   * @param rows its lines
   * @param top the y of its heading
   * @param first whether it is the table's first page
   */
  private record Placement(int table, int pageSet, RowPagination.PageRows rows, float top, boolean first) {}

  /**
   * @param headings each table's heading
   * @param subline the line under each heading (the as-at line)
   * @param columnParts the tables, each in the same number of column parts
   */
  ContinuedColumnsPart(List<String> headings, String subline, List<ScorecardTable.Part> columnParts,
      PageGeometry geometry) {
    this.geometry = geometry;
    this.parts = columnParts.get(0).tables().size();
    List<Table> list = new ArrayList<>();
    for (int t = 0; t < columnParts.size(); t++) {
      ScorecardTable.Part part = columnParts.get(t);
      if (part.tables().size() != parts) {
        throw new IllegalArgumentException("tables printed together have the same number of column parts");
      }
      list.add(new Table(partHeadings(headings.get(t), subline, part), part.tables()));
    }
    this.tables = List.copyOf(list);
    this.pageSets = place();
  }

  private List<PartHeading> partHeadings(String heading, String subline, ScorecardTable.Part part) {
    List<PartHeading> list = new ArrayList<>();
    String lead = subline.isEmpty() ? "" : subline + ". ";
    for (int k = 0; k < parts; k++) {
      String line = k == 0
          ? lead + "Part 1 of " + parts + ": the same lines continue on the next page."
          : lead + "Part " + (k + 1) + " of " + parts + ": " + part.shown().get(k) + " for the lines of "
              + (k == 1 ? "the page before." : "the page " + k + " pages before.");
      list.add(new PartHeading(k == 0 ? heading : heading + " (part " + (k + 1) + " of " + parts + ")", line,
          geometry));
    }
    return list;
  }

  /** Places each table's pages of lines, and gives the number of page sets. */
  private int place() {
    int set = -1;
    float free = 0;
    float page = geometry.top() - geometry.bottom();
    for (int t = 0; t < tables.size(); t++) {
      PagedTable first = tables.get(t).columns().get(0);
      float heading = tables.get(t).headingHeight();
      float full = page - heading;
      float top = free - TABLE_GAP;
      List<RowPagination.PageRows> pages = null;
      if (t > 0 && top - geometry.bottom() >= PdfPackRenderer.SHARED_PAGE_SHARE * page) {
        float room = top - geometry.bottom() - heading;
        pages = first.paginate(room, full);
        RowPagination.PageRows opening = pages.get(0);
        // It shares the pages only if its first page holds a line under its section title.
        if (opening.to() - opening.from() < 2 || first.height(opening, true) > room) {
          pages = null;
        }
      }
      boolean shares = pages != null;
      if (!shares) {
        pages = first.paginate(full, full);
      }
      for (int p = 0; p < pages.size(); p++) {
        boolean sameSet = p == 0 && shares;
        set = sameSet ? set : set + 1;
        float at = sameSet ? top : geometry.top();
        placements.add(new Placement(t, set, pages.get(p), at, p == 0));
        free = at - heading - first.height(pages.get(p), p == 0);
      }
    }
    end = free;
    return set + 1;
  }

  @Override
  public int pageCount() {
    return pageSets * parts;
  }

  /** The room under the last lines on the last page, that of the last part. */
  @Override
  public float roomLeft() {
    return end - geometry.bottom();
  }

  @Override
  public List<Landmark> landmarks() {
    List<Landmark> landmarks = new ArrayList<>();
    for (int t = 0; t < tables.size(); t++) {
      Table table = tables.get(t);
      int index = t;
      List<Placement> own = placements.stream().filter(pl -> pl.table() == index).toList();
      landmarks.add(table.headings().get(0).landmark(own.get(0).top()).shifted(own.get(0).pageSet() * parts));
      List<RowPagination.PageRows> pages = own.stream().map(Placement::rows).toList();
      float fullTop = geometry.top() - table.headingHeight();
      for (Landmark l : table.columns().get(0).landmarks(pages, fullTop)) {
        Placement at = own.get(l.page());
        // The table's landmarks are placed as on a full page; its first page may start lower.
        float top = l.top() - fullTop + at.top() - table.headingHeight();
        landmarks.add(new Landmark(l.title(), l.level(), at.pageSet() * parts, top));
      }
    }
    return landmarks;
  }

  @Override
  public void draw(PageSequence sequence, PdfStructureElement document) {
    List<List<PdfStructureElement>> elements = new ArrayList<>();
    tables.forEach(t -> elements.add(new ArrayList<>()));
    for (int set = 0; set < pageSets; set++) {
      for (int k = 0; k < parts; k++) {
        Canvas canvas = sequence.startPage();
        for (Placement pl : placements) {
          if (pl.pageSet() != set) {
            continue;
          }
          Table table = tables.get(pl.table());
          table.headings().get(k).draw(canvas, document, pl.first(), pl.top());
          if (pl.first()) {
            elements.get(pl.table()).add(Tags.child(document, PdfName.TABLE));
          }
          table.columns().get(k).draw(canvas, elements.get(pl.table()).get(k), pl.rows(), pl.first(),
              geometry.left(), pl.top() - table.headingHeight());
        }
      }
    }
  }
}
