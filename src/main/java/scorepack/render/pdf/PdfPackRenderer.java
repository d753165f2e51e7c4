package scorepack.render.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfStructureElement;
import com.lowagie.text.pdf.PdfWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import scorepack.pack.Pack;
import scorepack.render.KeepOpenOutputStream;
import scorepack.render.PackRenderer;
import scorepack.render.chart.Sparklines;

/**
 * Writes a pack as a tagged, accessible PDF (PDF/UA-1, PDF/A-2a): a front page with the contents,
 * the summary of RAG counts and findings, the key facts (with their trend charts) when the pack has
 * them, the scorecard on landscape A4 or, for more than 14 columns, A3 (on A4 throughout, in
 * readable type and continued in column parts, when the template chooses A4 paper), the exceptions and
 * commentary and the trend charts of marked lines when there are any, a glossary, and the data
 * notes and the changes since the last issue when there are any; each part after the scorecard
 * starts under the one before when a fifth of the page is left. Every part and scorecard section has a bookmark, and every page a footer with the title and "Page N of
 * M". The same pack always gives the same bytes, whatever the machine's locale or time zone.
 */
public final class PdfPackRenderer implements PackRenderer {
  /** A part may start under the previous one when at least this share of the page is left. */
  static final float SHARED_PAGE_SHARE = 0.2f;
  /** The space between the end of one part and the heading of the next on the same page. */
  private static final float PART_GAP = 18;

  public PdfPackRenderer() {}

  /** Loads the renderer's library and fonts by drawing a throwaway page, and the chart library. */
  @Override
  public void prepare() throws IOException {
    Sparklines.prepare();
    PdfFonts fonts = PdfFonts.load();
    Document document = new Document(PageSize.A4);
    try {
      PdfWriter writer = PdfWriter.getInstance(document, OutputStream.nullOutputStream());
      writer.setTagged();
      document.open();
      new Canvas(writer.getDirectContent(), fonts).text("0", 0, 0, TextStyle.regular(10));
    } catch (DocumentException e) {
      throw new IOException("cannot draw a PDF page", e);
    } finally {
      if (document.isOpen()) {
        document.close();
      }
    }
  }

  @Override
  public void render(Pack pack, OutputStream out) throws IOException {
    PageGeometry geometry = PageGeometry.of(pack.metadata().paper(), pack.widestColumnCount());
    PdfFonts fonts = PdfFonts.load();
    LineBreaker lineBreaker = new LineBreaker(fonts);
    List<PackPart> body = bodyParts(pack, geometry, lineBreaker);
    List<Landmark> landmarks = new ArrayList<>();
    int page = 0;
    for (PackPart part : body) {
      int first = part.sharesPage() ? page - 1 : page;
      for (Landmark landmark : part.landmarks()) {
        landmarks.add(landmark.shifted(first));
      }
      page += part.pageCount();
    }
    FrontPage front = new FrontPage(pack.front(), geometry, lineBreaker, landmarks);
    List<PackPart> parts = new ArrayList<>();
    parts.add(front);
    parts.addAll(body);
    int total = front.pageCount() + page;

    DocumentSettings settings = new DocumentSettings(pack.metadata());
    Document document = new Document(geometry.pageSize(), 0, 0, 0, 0);
    try {
      PdfWriter writer = PdfWriter.getInstance(document, new KeepOpenOutputStream(out));
      settings.beforeOpen(document, writer);
      document.open();
      settings.afterOpen(writer);
      Canvas canvas = new Canvas(writer.getDirectContent(), fonts);
      PageSequence pages = new PageSequence(document, canvas,
          new PageFooter(pack.metadata().title(), geometry), total);
      PdfStructureElement root = new PdfStructureElement(writer.getStructureTreeRoot(), PdfName.DOCUMENT);
      for (PackPart part : parts) {
        part.draw(pages, root);
      }
      pages.finish();
      Bookmarks.write(writer, landmarks.stream().map(l -> l.shifted(front.pageCount())).toList());
    } catch (DocumentException e) {
      throw new IOException("cannot write the PDF of pack " + pack.fileStem() + ": " + e.getMessage(), e);
    } finally {
      if (document.isOpen()) {
        document.close();
      }
    }
    out.flush();
  }

  /** The parts after the front page. */
  private static List<PackPart> bodyParts(Pack pack, PageGeometry geometry, LineBreaker lineBreaker) {
    List<PackPart> parts = new ArrayList<>();
    String asAt = pack.front().asAtLine();
    if (!pack.summary().counts().isEmpty()) {
      parts.add(SummaryPart.of(pack.summary(), pack.period(), asAt, geometry, lineBreaker));
    }
    if (!pack.keyFacts().isEmpty()) {
      parts.add(KeyFactsPart.of(pack.keyFacts(), asAt, geometry, lineBreaker));
    }
    String scorecard = pack.front().scorecardTitle().isBlank() ? "Scorecard" : pack.front().scorecardTitle();
    List<ScorecardTable.Part> tables = new ScorecardTable(geometry, lineBreaker).of(pack);
    List<String> headings = new ArrayList<>();
    for (int i = 0; i < tables.size(); i++) {
      // A later table (a section of terms) is headed by its first section, so that each has its bookmark.
      headings.add(i == 0 || tables.get(i).firstSection().isEmpty() ? scorecard
          : scorecard + ": " + tables.get(i).firstSection());
    }
    int t = 0;
    while (t < tables.size()) {
      int columnParts = tables.get(t).tables().size();
      if (columnParts == 1) {
        parts.add(new TablePart(headings.get(t), asAt, tables.get(t).tables().get(0), geometry));
        t++;
        continue;
      }
      // Tables in as many column parts share their sets of pages.
      int end = t + 1;
      while (end < tables.size() && tables.get(end).tables().size() == columnParts) {
        end++;
      }
      parts.add(new ContinuedColumnsPart(headings.subList(t, end), asAt, tables.subList(t, end), geometry));
      t = end;
    }
    // The parts after the scorecard, each made where it starts. The comments explain the
    // scorecard's exceptions, so they follow it before the charts.
    List<Function<PartStart, PackPart>> following = new ArrayList<>();
    if (CommentaryPart.applies(pack)) {
      following.add(start -> CommentaryPart.of(pack, asAt, geometry, lineBreaker, start));
    }
    if (!pack.charts().isEmpty()) {
      following.add(start -> ChartsPart.of(pack.charts(), asAt, geometry, lineBreaker, start));
    }
    AppendixTables appendices = new AppendixTables(geometry, lineBreaker);
    if (!pack.glossary().isEmpty()) {
      following.add(start -> new TablePart("Glossary", "", appendices.glossary(pack.glossary()), geometry, start));
    }
    if (!pack.dataNotes().isEmpty()) {
      following.add(start -> new TablePart("Data notes", "", appendices.dataNotes(pack.dataNotes()), geometry,
          start));
    }
    if (!pack.changes().entries().isEmpty()) {
      following.add(start -> new TablePart("Changes since the last issue", pack.changes().previousIssue(),
          appendices.changes(pack.changes()), geometry, start));
    }
    for (int i = 0; i < following.size(); i++) {
      parts.add(after(parts, geometry, following.get(i), i == following.size() - 1));
    }
    return parts;
  }

  /**
   * The part made to follow the last of {@code parts}: under it on its last page when at least
   * {@link #SHARED_PAGE_SHARE} of the page is left and the part's first rows fit there, so that the
   * tail of a long table or a short part does not have a page nearly to itself; else on a new page.
   * The document's last part starts early only if that saves a page or leaves its last page fuller,
   * as no part comes after it to fill that page.
   */
  private static PackPart after(List<PackPart> parts, PageGeometry geometry, Function<PartStart, PackPart> make,
      boolean last) {
    PackPart previous = parts.get(parts.size() - 1);
    float room = previous.roomLeft() - PART_GAP;
    PackPart alone = make.apply(PartStart.newPage(geometry));
    if (room < SHARED_PAGE_SHARE * (geometry.top() - geometry.bottom())) {
      return alone;
    }
    PackPart shared = make.apply(new PartStart(geometry.bottom() + room, true));
    if (!shared.holdsContentOnFirstPage() || shared.pageCount() > alone.pageCount()
        || (last && shared.pageCount() == alone.pageCount() && shared.roomLeft() > alone.roomLeft())) {
      return alone;
    }
    return shared;
  }
}
