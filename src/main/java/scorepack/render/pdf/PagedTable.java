package scorepack.render.pdf;

import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfStructureElement;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import scorepack.render.chart.Sparklines;

/**
 * A tagged table laid out over pages: a header (one or more rows of navy heading cells), then body
 * rows whose heights follow their wrapped text. On the first page the header is tagged as the
 * table's first rows; on later pages it is repeated as an artifact, so it is read only once, and
 * so is the landmark row (section heading) a later page continues.
 */
final class PagedTable {
  static final float PADDING = 3;
  private static final float BORDER_WIDTH = 0.5f;

  private final float[] widths;
  private final List<HeaderCell> header;
  private final List<TableRow> rows;
  private final TextStyle headerStyle;
  private final float smallestHeading;
  private final Align headerAlign;
  private final float sparklineHeight;
  private final LineBreaker lineBreaker;
  private final float[] headerHeights;
  private final float[] rowHeights;

  /**
   * @param widths the column widths in points
   * @param header the header rows
   * @param rows the body rows, each spanning every column
   * @param sparklineHeight the height of a sparkline drawn in a cell
   */
  PagedTable(float[] widths, TableHeader header, List<TableRow> rows, float sparklineHeight,
      LineBreaker lineBreaker) {
    this.widths = widths.clone();
    this.header = header.cells();
    this.rows = List.copyOf(rows);
    this.headerStyle = header.style();
    this.smallestHeading = header.smallest();
    this.headerAlign = header.align();
    this.sparklineHeight = sparklineHeight;
    this.lineBreaker = lineBreaker;
    for (TableRow row : this.rows) {
      if (row.span() != widths.length) {
        throw new IllegalArgumentException("a row spans " + row.span() + " of " + widths.length + " columns");
      }
    }
    this.headerHeights = measureHeader(header.rowCount());
    this.rowHeights = new float[this.rows.size()];
    for (int r = 0; r < rowHeights.length; r++) {
      rowHeights[r] = measure(this.rows.get(r));
    }
  }

  /** A copy of {@code table} with these heights: its last header row taking up a taller header. */
  private PagedTable(PagedTable table, float headerHeight, float[] rowHeights) {
    this.widths = table.widths;
    this.header = table.header;
    this.rows = table.rows;
    this.headerStyle = table.headerStyle;
    this.smallestHeading = table.smallestHeading;
    this.headerAlign = table.headerAlign;
    this.sparklineHeight = table.sparklineHeight;
    this.lineBreaker = table.lineBreaker;
    this.headerHeights = table.headerHeights.clone();
    this.headerHeights[headerHeights.length - 1] += headerHeight - table.headerHeight();
    this.rowHeights = rowHeights.clone();
  }

  /**
   * The column parts of one table, each given the tallest part's header height and, row by row, the
   * tallest part's row height: they then break into pages alike, and a line sits at the same height
   * on the page of each part.
   */
  static List<PagedTable> aligned(List<PagedTable> parts) {
    int count = parts.get(0).rows.size();
    float header = 0;
    float[] heights = new float[count];
    for (PagedTable part : parts) {
      if (part.rows.size() != count || part.headerHeights.length == 0) {
        throw new IllegalArgumentException("the column parts of a table have a header and the same rows");
      }
      header = Math.max(header, part.headerHeight());
      for (int r = 0; r < count; r++) {
        heights[r] = Math.max(heights[r], part.rowHeights[r]);
      }
    }
    float tallest = header;
    return parts.stream().map(p -> new PagedTable(p, tallest, heights)).toList();
  }

  float headerHeight() {
    float sum = 0;
    for (float h : headerHeights) {
      sum += h;
    }
    return sum;
  }

  /** The height of all body rows together. */
  float bodyHeight() {
    float sum = 0;
    for (float h : rowHeights) {
      sum += h;
    }
    return sum;
  }

  int rowCount() {
    return rows.size();
  }

  float rowHeight(int row) {
    return rowHeights[row];
  }

  /**
   * The body rows on each page, given the height left for the table on the first and later pages.
   * Later pages keep room for a repeated landmark row.
   */
  List<RowPagination.PageRows> paginate(float firstPage, float laterPages) {
    boolean[] keep = new boolean[rows.size()];
    float continued = 0;
    for (int r = 0; r < keep.length; r++) {
      keep[r] = rows.get(r).keepWithNext();
      if (!rows.get(r).landmark().isEmpty()) {
        continued = Math.max(continued, measure(rows.get(r).continued()));
      }
    }
    float h = headerHeight();
    return RowPagination.split(rowHeights, keep, firstPage - h, laterPages - h - continued);
  }

  /** The height a page of the table takes: its header, any repeated section row, and its rows. */
  float height(RowPagination.PageRows page, boolean firstPage) {
    float sum = headerHeight() + (firstPage ? 0 : continuedHeight(page));
    for (int r = page.from(); r < page.to(); r++) {
      sum += rowHeights[r];
    }
    return sum;
  }

  /** The landmark rows, each on its page (counted from the table's first) at its top edge. */
  List<Landmark> landmarks(List<RowPagination.PageRows> pages, float top) {
    List<Landmark> landmarks = new ArrayList<>();
    for (int p = 0; p < pages.size(); p++) {
      RowPagination.PageRows page = pages.get(p);
      float y = top - headerHeight() - (p == 0 ? 0 : continuedHeight(page));
      for (int r = page.from(); r < page.to(); r++) {
        if (!rows.get(r).landmark().isEmpty()) {
          landmarks.add(new Landmark(rows.get(r).landmark(), 1, p, y));
        }
        y -= rowHeights[r];
      }
    }
    return landmarks;
  }

  /** Draws the header and the page's rows from {@code top} at {@code left}. */
  void draw(Canvas canvas, PdfStructureElement table, RowPagination.PageRows page, boolean firstPage,
      float left, float top) {
    drawHeader(canvas, table, firstPage, left, top);
    float y = top - headerHeight();
    TableRow continued = firstPage ? null : continued(page);
    if (continued != null) {
      float height = measure(continued);
      drawRow(canvas, null, continued, left, y, height);
      y -= height;
    }
    for (int r = page.from(); r < page.to(); r++) {
      drawRow(canvas, Tags.child(table, PdfName.TABLEROW), rows.get(r), left, y, rowHeights[r]);
      y -= rowHeights[r];
    }
  }

  /**
   * The landmark row a later page continues, marked "(continued)": the last one before the page's
   * first row, or null when the page starts with a landmark of its own or there is none.
   */
  private TableRow continued(RowPagination.PageRows page) {
    if (page.from() >= rows.size() || !rows.get(page.from()).landmark().isEmpty()) {
      return null;
    }
    for (int r = page.from() - 1; r >= 0; r--) {
      if (!rows.get(r).landmark().isEmpty()) {
        return rows.get(r).continued();
      }
    }
    return null;
  }

  private float continuedHeight(RowPagination.PageRows page) {
    TableRow continued = continued(page);
    return continued == null ? 0 : measure(continued);
  }

  private void drawHeader(Canvas canvas, PdfStructureElement table, boolean tagged, float left, float top) {
    if (header.isEmpty()) {
      return;
    }
    canvas.artifact(Canvas.Artifact.LAYOUT, () -> {
      canvas.fill(Box.fromTop(left, top, totalWidth(), headerHeight()), HouseColours.NAVY);
      header.forEach(cell -> canvas.outline(headerBox(cell, left, top), HouseColours.BORDER, BORDER_WIDTH));
    });
    if (!tagged) {
      canvas.artifact(Canvas.Artifact.PAGINATION,
          () -> header.forEach(cell -> drawHeaderText(canvas, cell, left, top)));
      return;
    }
    for (int r = 0; r < headerHeights.length; r++) {
      PdfStructureElement tr = Tags.child(table, PdfName.TABLEROW);
      for (HeaderCell cell : header) {
        if (cell.row() == r) {
          PdfStructureElement th = CellRole.COLUMN_HEADER.element(tr, cell.span(), cell.rowSpan());
          if (!cell.text().isEmpty()) {
            canvas.tagged(th, () -> drawHeaderText(canvas, cell, left, top));
          }
        }
      }
    }
  }

  /** Header text sits at the foot of its cell, so headings line up over their columns. */
  private void drawHeaderText(Canvas canvas, HeaderCell cell, float left, float top) {
    Box box = headerBox(cell, left, top).inset(PADDING);
    TextStyle style = headerStyle(cell);
    List<String> lines = lineBreaker.lines(cell.text(), style, box.width());
    canvas.lines(lines, box, box.bottom() + lines.size() * style.leading(), style, headerAlign);
  }

  /** The header style, set smaller, down to the header's least size, if that keeps every word of the heading whole. */
  private TextStyle headerStyle(HeaderCell cell) {
    float width = columnsWidth(cell.column(), cell.span()) - 2 * PADDING;
    float widest = lineBreaker.widestWord(cell.text(), headerStyle);
    if (widest <= width) {
      return headerStyle;
    }
    float size = Math.max(smallestHeading, headerStyle.size() * width / widest);
    return new TextStyle(headerStyle.bold(), size, headerStyle.colour());
  }

  /** Draws a row, its content tagged in {@code tr}, or as an artifact when {@code tr} is null (a repeat). */
  private void drawRow(Canvas canvas, PdfStructureElement tr, TableRow row, float left, float top, float height) {
    canvas.artifact(Canvas.Artifact.LAYOUT, () -> {
      int column = 0;
      for (TableCell cell : row.cells()) {
        Box box = cellBox(left, top, column, cell.span(), height);
        if (cell.look().fill() != null) {
          canvas.fill(box, cell.look().fill());
        }
        canvas.outline(box, HouseColours.BORDER, BORDER_WIDTH);
        column += cell.span();
      }
    });
    if (tr == null) {
      canvas.artifact(Canvas.Artifact.PAGINATION, () -> drawCellTexts(canvas, row, left, top, height));
      return;
    }
    int column = 0;
    for (TableCell cell : row.cells()) {
      Box box = cellBox(left, top, column, cell.span(), height);
      PdfStructureElement element = cell.role().element(tr, cell.span(), 1);
      if (!cell.alt().isEmpty()) {
        Tags.withAlt(element, cell.alt());
      }
      if (cell.isSparkline()) {
        drawSparkline(canvas, element, cell, box);
      } else if (!cell.text().isEmpty()) {
        canvas.tagged(element, () -> drawText(canvas, cell, box));
      }
      column += cell.span();
    }
  }

  private void drawCellTexts(Canvas canvas, TableRow row, float left, float top, float height) {
    int column = 0;
    for (TableCell cell : row.cells()) {
      if (!cell.text().isEmpty()) {
        drawText(canvas, cell, cellBox(left, top, column, cell.span(), height));
      }
      column += cell.span();
    }
  }

  /**
   * Text starts at the top of its cell, so the first lines of a row share a baseline; a caption
   * follows it, parted by a space so that the two read as words apart.
   */
  private void drawText(Canvas canvas, TableCell cell, Box cellBox) {
    Box box = cellBox.inset(PADDING);
    TextStyle style = cell.look().text();
    List<String> lines = new ArrayList<>(lineBreaker.lines(cell.text(), style, box.width()));
    if (cell.caption() != null && !lines.isEmpty()) {
      lines.set(lines.size() - 1, lines.get(lines.size() - 1).stripTrailing() + " ");
    }
    canvas.lines(lines, box, box.top(), style, cell.look().align());
    if (cell.caption() != null) {
      TextStyle captionStyle = cell.caption().style();
      canvas.lines(lineBreaker.lines(cell.caption().text(), captionStyle, box.width()), box,
          box.top() - lines.size() * style.leading(), captionStyle, cell.look().align());
    }
  }

  private void drawSparkline(Canvas canvas, PdfStructureElement element, TableCell cell, Box cellBox) {
    Box inner = cellBox.inset(PADDING);
    float height = Math.min(sparklineHeight, inner.height());
    Box box = Box.fromTop(inner.left(), inner.top(), inner.width(), height);
    canvas.tagged(Tags.figure(element, cell.trend().description()), () -> canvas.graphics(box,
        g -> Sparklines.draw(cell.trend(), g, new Rectangle2D.Double(0, 0, box.width(), box.height()))));
  }

  private float measure(TableRow row) {
    float height = 0;
    int column = 0;
    for (TableCell cell : row.cells()) {
      TextStyle style = cell.look().text();
      float width = columnsWidth(column, cell.span()) - 2 * PADDING;
      float content = cell.isSparkline() ? sparklineHeight
          : Math.max(1, lineBreaker.lines(cell.text(), style, width).size()) * style.leading();
      if (cell.caption() != null) {
        TextStyle captionStyle = cell.caption().style();
        content += lineBreaker.lines(cell.caption().text(), captionStyle, width).size() * captionStyle.leading();
      }
      height = Math.max(height, content + 2 * PADDING);
      column += cell.span();
    }
    return height;
  }

  private float[] measureHeader(int count) {
    float[] heights = new float[count];
    Arrays.fill(heights, headerStyle.leading() + 2 * PADDING);
    for (HeaderCell cell : header) {
      if (cell.rowSpan() == 1) {
        heights[cell.row()] = Math.max(heights[cell.row()], needed(cell));
      }
    }
    for (HeaderCell cell : header) {
      float available = 0;
      for (int r = cell.row(); r <= cell.lastRow(); r++) {
        available += heights[r];
      }
      if (needed(cell) > available) {
        heights[cell.lastRow()] += needed(cell) - available;
      }
    }
    return heights;
  }

  private float needed(HeaderCell cell) {
    float width = columnsWidth(cell.column(), cell.span()) - 2 * PADDING;
    TextStyle style = headerStyle(cell);
    return lineBreaker.lines(cell.text(), style, width).size() * style.leading() + 2 * PADDING;
  }

  private Box headerBox(HeaderCell cell, float left, float top) {
    float x = left + columnsWidth(0, cell.column());
    float y = top;
    for (int r = 0; r < cell.row(); r++) {
      y -= headerHeights[r];
    }
    float height = 0;
    for (int r = cell.row(); r <= cell.lastRow(); r++) {
      height += headerHeights[r];
    }
    return Box.fromTop(x, y, columnsWidth(cell.column(), cell.span()), height);
  }

  private Box cellBox(float left, float top, int column, int span, float height) {
    return Box.fromTop(left + columnsWidth(0, column), top, columnsWidth(column, span), height);
  }

  private float columnsWidth(int from, int span) {
    float sum = 0;
    for (int c = from; c < from + span; c++) {
      sum += widths[c];
    }
    return sum;
  }

  private float totalWidth() {
    return columnsWidth(0, widths.length);
  }
}
