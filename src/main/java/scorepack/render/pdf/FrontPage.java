package scorepack.render.pdf;

import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfStructureElement;
import java.util.ArrayList;
import java.util.List;
import scorepack.pack.FrontMatter;

/**
 * The opening page: the title and as-at line on a navy band, then the document details, vision and
 * revision note on the left and the DOT and RAG keys on the right.
 */
final class FrontPage implements PackPart {
  private static final float BAND_PADDING = 14;
  private static final float COLUMN_GAP = 36;
  private static final float BLOCK_GAP = 14;
  private static final float HEADING_GAP = 5;

  private final FrontMatter front;
  private final PageGeometry geometry;
  private final LineBreaker lineBreaker;
  private final TextStyle titleStyle;
  private final TextStyle asAtStyle;
  private final TextStyle headingStyle;
  private final TextStyle proseStyle;

  FrontPage(FrontMatter front, PageGeometry geometry, LineBreaker lineBreaker) {
    this.front = front;
    this.geometry = geometry;
    this.lineBreaker = lineBreaker;
    float prose = geometry.isA3() ? 12 : 10;
    this.titleStyle = TextStyle.bold(geometry.isA3() ? 24 : 20).withColour(HouseColours.ON_NAVY);
    this.asAtStyle = TextStyle.regular(geometry.isA3() ? 14 : 12).withColour(HouseColours.ON_NAVY);
    this.headingStyle = TextStyle.bold(prose + 2.5f).withColour(HouseColours.NAVY);
    this.proseStyle = TextStyle.regular(prose);
  }

  @Override
  public int pageCount() {
    return 1;
  }

  @Override
  public void draw(PageSequence pages, PdfStructureElement document) {
    Canvas canvas = pages.startPage();
    float below = drawBand(canvas, document);
    float leftWidth = (geometry.contentWidth() - COLUMN_GAP) * 0.55f;
    float rightWidth = geometry.contentWidth() - COLUMN_GAP - leftWidth;
    TextFlow left = new TextFlow(canvas, document, geometry.left(), leftWidth, below - 2 * BLOCK_GAP);
    TextFlow right = new TextFlow(canvas, document, geometry.left() + leftWidth + COLUMN_GAP, rightWidth,
        below - 2 * BLOCK_GAP);

    if (!front.details().isEmpty()) {
      heading(left, "Document details");
      details(canvas, left, document);
    }
    section(left, "Our vision", front.vision());
    section(left, "Note", front.revisionNote());

    if (!front.dotKey().isEmpty() || !front.dotKeyIntro().isEmpty()) {
      heading(right, "Direction of travel (DOT) key");
      if (!front.dotKeyIntro().isEmpty()) {
        right.block(PdfName.P, front.dotKeyIntro(), proseStyle);
        right.skip(HEADING_GAP);
      }
      new KeyList(canvas, proseStyle.size()).draw(right, front.dotKey());
      right.skip(BLOCK_GAP);
    }
    if (!front.ragKey().isEmpty()) {
      heading(right, "RAG key");
      new KeyList(canvas, proseStyle.size()).draw(right, front.ragKey());
    }
  }

  /** The navy band with the title (H1) and as-at line; returns the y of its lower edge. */
  private float drawBand(Canvas canvas, PdfStructureElement document) {
    float textWidth = geometry.contentWidth() - 2 * BAND_PADDING;
    List<String> title = lineBreaker.lines(front.title(), titleStyle, textWidth);
    List<String> asAt = lineBreaker.lines(front.asAtLine(), asAtStyle, textWidth);
    float height = 2 * BAND_PADDING + title.size() * titleStyle.leading() + 4 + asAt.size() * asAtStyle.leading();
    Box band = Box.fromTop(geometry.left(), geometry.top(), geometry.contentWidth(), height);
    canvas.artifact(Canvas.Artifact.LAYOUT, () -> canvas.fill(band, HouseColours.NAVY));
    Box text = band.inset(BAND_PADDING);
    canvas.tagged(Tags.child(document, PdfName.H1),
        () -> canvas.lines(title, text, text.top(), titleStyle, Align.LEFT));
    float asAtTop = text.top() - title.size() * titleStyle.leading() - 4;
    if (!asAt.isEmpty()) {
      canvas.tagged(Tags.child(document, PdfName.P),
          () -> canvas.lines(asAt, text, asAtTop, asAtStyle, Align.LEFT));
    }
    return band.bottom();
  }

  private void heading(TextFlow flow, String text) {
    flow.block(PdfName.H2, text, headingStyle);
    flow.skip(HEADING_GAP);
  }

  private void section(TextFlow flow, String heading, String text) {
    if (text.isEmpty()) {
      return;
    }
    flow.skip(BLOCK_GAP);
    heading(flow, heading);
    flow.block(PdfName.P, text, proseStyle);
  }

  /** The document details as a two-column table: each label heads its row. */
  private void details(Canvas canvas, TextFlow flow, PdfStructureElement document) {
    CellLook label = new CellLook(TextStyle.bold(proseStyle.size()), HouseColours.SECTION, Align.LEFT);
    CellLook value = new CellLook(proseStyle, null, Align.LEFT);
    List<TableRow> rows = new ArrayList<>();
    for (FrontMatter.Detail detail : front.details()) {
      rows.add(new TableRow(List.of(new TableCell(detail.label(), label, 1, CellRole.ROW_HEADER, null, ""),
          TableCell.data(detail.value(), value)), false));
    }
    float[] widths = {flow.width() * 0.3f, flow.width() * 0.7f};
    PagedTable table = new PagedTable(widths, TableHeader.none(proseStyle), rows, 0, lineBreaker);
    table.draw(canvas, Tags.child(document, PdfName.TABLE), new RowPagination.PageRows(0, rows.size()), true,
        flow.left(), flow.y());
    flow.skip(table.bodyHeight());
  }
}
