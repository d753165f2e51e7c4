package scorepack.render.pdf;

import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfStructureElement;
import java.util.ArrayList;
import java.util.List;
import scorepack.pack.FrontMatter;

/**
 * The opening page: the title, as-at line and any notice (that the figures are sample data) on a
 * navy band, then the document details, vision, revision note and contents on the left and the DOT
 * and RAG keys on the right. Front matter too long for one page runs on to the next, under the
 * title marked "(continued)", each column where it left off.
 */
final class FrontPage implements PackPart {
  static final String CONTENTS = "Contents";
  private static final float BAND_PADDING = 14;
  private static final float COLUMN_GAP = 36;
  private static final float BLOCK_GAP = 14;
  private static final float HEADING_GAP = 5;

  private final FrontMatter front;
  private final PageGeometry geometry;
  private final LineBreaker lineBreaker;
  private final List<Landmark> contents;
  private final TextStyle titleStyle;
  private final TextStyle asAtStyle;
  private final TextStyle headingStyle;
  private final TextStyle proseStyle;
  private final List<String> title;
  private final List<String> asAt;
  private final TextStyle noticeStyle;
  private final List<String> notice;
  private final PartHeading continued;
  private final float leftWidth;
  private final float rightWidth;
  private final BlockColumn left;
  private final BlockColumn right;

  /**
   * @param contents the landmarks listed in the contents, their pages counted from the first page
   *     after the front matter
   */
  FrontPage(FrontMatter front, PageGeometry geometry, LineBreaker lineBreaker, List<Landmark> contents) {
    this.front = front;
    this.geometry = geometry;
    this.lineBreaker = lineBreaker;
    this.contents = List.copyOf(contents);
    float prose = geometry.isA3() ? 12 : 10;
    this.titleStyle = TextStyle.bold(geometry.isA3() ? 24 : 20).withColour(HouseColours.ON_NAVY);
    this.asAtStyle = TextStyle.regular(geometry.isA3() ? 14 : 12).withColour(HouseColours.ON_NAVY);
    this.headingStyle = TextStyle.bold(prose + 2.5f).withColour(HouseColours.NAVY);
    this.proseStyle = TextStyle.regular(prose);
    float textWidth = geometry.contentWidth() - 2 * BAND_PADDING;
    this.title = lineBreaker.lines(front.title(), titleStyle, textWidth);
    this.asAt = lineBreaker.lines(front.asAtLine(), asAtStyle, textWidth);
    this.noticeStyle = TextStyle.bold(asAtStyle.size()).withColour(HouseColours.ON_NAVY);
    this.notice = lineBreaker.lines(front.notice(), noticeStyle, textWidth);
    this.leftWidth = (geometry.contentWidth() - COLUMN_GAP) * 0.55f;
    this.rightWidth = geometry.contentWidth() - COLUMN_GAP - leftWidth;
    this.continued = new PartHeading(front.title(), "", geometry);

    float firstPage = columnsTop() - geometry.bottom();
    float laterPages = geometry.top() - continued.height() - geometry.bottom();
    this.right = new BlockColumn(rightBlocks(), firstPage, laterPages);
    // The contents' page numbers count the front matter's own pages, which the numbers do not change.
    BlockColumn oneOrMore = new BlockColumn(leftBlocks(1), firstPage, laterPages);
    int pages = Math.max(oneOrMore.pageCount(), right.pageCount());
    this.left = pages == 1 ? oneOrMore : new BlockColumn(leftBlocks(pages), firstPage, laterPages);
  }

  @Override
  public int pageCount() {
    return Math.max(left.pageCount(), right.pageCount());
  }

  @Override
  public List<Landmark> landmarks() {
    return List.of();
  }

  @Override
  public void draw(PageSequence pages, PdfStructureElement document) {
    TagScope leftScope = new TagScope(document);
    TagScope rightScope = new TagScope(document);
    for (int p = 0; p < pageCount(); p++) {
      Canvas canvas = pages.startPage();
      float top = columnsTop();
      if (p == 0) {
        drawBand(canvas, document);
      } else {
        continued.draw(canvas, document, false, geometry.top());
        top = geometry.top() - continued.height();
      }
      left.draw(canvas, leftScope, p, geometry.left(), top);
      right.draw(canvas, rightScope, p, geometry.left() + leftWidth + COLUMN_GAP, top);
    }
  }

  /** Document details, vision, note and contents, the contents numbered for {@code frontPages} front pages. */
  private List<Block> leftBlocks(int frontPages) {
    List<Block> blocks = new ArrayList<>();
    if (!front.details().isEmpty()) {
      heading(blocks, "Document details", leftWidth);
      PagedTable details = details();
      for (int r = 0; r < details.rowCount(); r++) {
        blocks.add(new TableRowBlock(details, r));
      }
    }
    section(blocks, "Our vision", front.vision());
    section(blocks, "Note", front.revisionNote());
    if (!contents.isEmpty()) {
      heading(blocks, CONTENTS, leftWidth);
      List<Landmark> numbered = contents.stream().map(l -> l.shifted(frontPages)).toList();
      blocks.addAll(new ContentsList(lineBreaker, proseStyle).blocks(numbered, leftWidth, 0));
    }
    return blocks;
  }

  private List<Block> rightBlocks() {
    List<Block> blocks = new ArrayList<>();
    KeyList keys = new KeyList(lineBreaker, proseStyle.size());
    if (!front.dotKey().isEmpty() || !front.dotKeyIntro().isEmpty()) {
      heading(blocks, "Direction of travel (DOT) key", rightWidth);
      float keyGap = 0;
      if (!front.dotKeyIntro().isEmpty()) {
        blocks.add(TextBlock.of(PdfName.P, front.dotKeyIntro(), proseStyle, rightWidth, lineBreaker, 0, 0));
        keyGap = HEADING_GAP;
      }
      blocks.addAll(keys.blocks(front.dotKey(), rightWidth, keyGap));
    }
    if (!front.ragKey().isEmpty()) {
      heading(blocks, "RAG key", rightWidth);
      blocks.addAll(keys.blocks(front.ragKey(), rightWidth, 0));
    }
    return blocks;
  }

  /** A heading, set apart from the block before it unless it is the column's first. */
  private void heading(List<Block> blocks, String text, float width) {
    blocks.add(TextBlock.of(PdfName.H2, text, headingStyle, width, lineBreaker, blocks.isEmpty() ? 0 : BLOCK_GAP,
        HEADING_GAP));
  }

  private void section(List<Block> blocks, String heading, String text) {
    if (text.isEmpty()) {
      return;
    }
    heading(blocks, heading, leftWidth);
    blocks.add(TextBlock.of(PdfName.P, text, proseStyle, leftWidth, lineBreaker, 0, 0));
  }

  private float bandHeight() {
    return 2 * BAND_PADDING + title.size() * titleStyle.leading() + 4 + asAt.size() * asAtStyle.leading()
        + (notice.isEmpty() ? 0 : 4 + notice.size() * noticeStyle.leading());
  }

  private float columnsTop() {
    return geometry.top() - bandHeight() - 2 * BLOCK_GAP;
  }

  /** The navy band with the title (H1), the as-at line and the notice (that the figures are sample data). */
  private void drawBand(Canvas canvas, PdfStructureElement document) {
    Box band = Box.fromTop(geometry.left(), geometry.top(), geometry.contentWidth(), bandHeight());
    canvas.artifact(Canvas.Artifact.LAYOUT, () -> canvas.fill(band, HouseColours.NAVY));
    Box text = band.inset(BAND_PADDING);
    canvas.tagged(Tags.child(document, PdfName.H1),
        () -> canvas.lines(title, text, text.top(), titleStyle, Align.LEFT));
    float asAtTop = text.top() - title.size() * titleStyle.leading() - 4;
    if (!asAt.isEmpty()) {
      canvas.tagged(Tags.child(document, PdfName.P),
          () -> canvas.lines(asAt, text, asAtTop, asAtStyle, Align.LEFT));
    }
    float noticeTop = asAtTop - asAt.size() * asAtStyle.leading() - 4;
    if (!notice.isEmpty()) {
      canvas.tagged(Tags.child(document, PdfName.P),
          () -> canvas.lines(notice, text, noticeTop, noticeStyle, Align.LEFT));
    }
  }

  /** The document details as a two-column table: each label heads its row. */
  private PagedTable details() {
    CellLook label = new CellLook(TextStyle.bold(proseStyle.size()), HouseColours.SECTION, Align.LEFT);
    CellLook value = new CellLook(proseStyle, null, Align.LEFT);
    List<TableRow> rows = new ArrayList<>();
    for (FrontMatter.Detail detail : front.details()) {
      rows.add(new TableRow(List.of(new TableCell(detail.label(), label, 1, CellRole.ROW_HEADER, null, ""),
          TableCell.data(detail.value(), value)), false));
    }
    float[] widths = {leftWidth * 0.3f, leftWidth * 0.7f};
    return new PagedTable(widths, TableHeader.none(proseStyle), rows, 0, lineBreaker);
  }

  /**
   * One row of a table without a header, so that a long table can run on to the next page; the
   * first row opens the table in the structure tree.
   *
   * @param table the table
   * @param row the row
   */
  private record TableRowBlock(PagedTable table, int row) implements Block {
    @Override
    public float height() {
      return table.rowHeight(row);
    }

    @Override
    public boolean keepWithNext() {
      return false;
    }

    @Override
    public void draw(Canvas canvas, TagScope scope, float left, float top) {
      PdfStructureElement element = scope.list(PdfName.TABLE, row == 0);
      table.draw(canvas, element, new RowPagination.PageRows(row, row + 1), true, left, top);
    }
  }
}
