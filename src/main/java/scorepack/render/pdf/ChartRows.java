package scorepack.render.pdf;

import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfStructureElement;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import scorepack.pack.Chart;
import scorepack.render.chart.TrendCharts;

/**
 * Trend charts two to a row across the page, each in a light frame under its caption (the chart's
 * title). Each chart is tagged as a Div holding a Caption and a Figure whose alternative text is the
 * chart's description, so a screen reader hears the title and then what the chart shows. A row is
 * one block: its charts share a page.
 */
final class ChartRows {
  static final int PER_ROW = 2;
  private static final float GAP = 24;
  private static final float PADDING = 8;
  private static final float CAPTION_GAP = 6;
  private static final float ROW_GAP = 14;

  private final LineBreaker lineBreaker;
  private final PageGeometry geometry;
  private final TextStyle captionStyle;
  private final float chartHeight;

  ChartRows(LineBreaker lineBreaker, PageGeometry geometry) {
    this.lineBreaker = lineBreaker;
    this.geometry = geometry;
    this.captionStyle = TextStyle.bold(geometry.proseSize() + 0.5f).withColour(HouseColours.NAVY);
    // Two rows fit a page under a part heading.
    this.chartHeight = geometry.isA3() ? 265 : 175;
  }

  /** The charts as rows across the page, the first row {@code spaceAbove} below what precedes it. */
  List<Block> rows(List<Chart> charts, float spaceAbove) {
    float width = (geometry.contentWidth() - (PER_ROW - 1) * GAP) / PER_ROW;
    float textWidth = width - 2 * PADDING;
    List<Block> rows = new ArrayList<>();
    for (int from = 0; from < charts.size(); from += PER_ROW) {
      List<Chart> row = charts.subList(from, Math.min(charts.size(), from + PER_ROW));
      List<List<String>> captions = new ArrayList<>();
      for (Chart chart : row) {
        captions.add(lineBreaker.lines(chart.title(), captionStyle, textWidth));
      }
      rows.add(new Row(row, captions, width, chartHeight, captionStyle, from == 0 ? spaceAbove : ROW_GAP));
    }
    return rows;
  }

  /**
   * One row of charts, their frames as tall as the tallest caption needs.
   *
   * @param charts the charts, left to right
   * @param captions each chart's wrapped title
   * @param width the width of each frame
   * @param chartHeight the height of each chart
   * @param captionStyle how the titles are set
   * @param spaceAbove the space above the row
   */
  record Row(List<Chart> charts, List<List<String>> captions, float width, float chartHeight,
      TextStyle captionStyle, float spaceAbove) implements Block {
    Row {
      charts = List.copyOf(charts);
      captions = captions.stream().map(List::copyOf).toList();
    }

    @Override
    public float height() {
      return spaceAbove + frameHeight();
    }

    @Override
    public boolean keepWithNext() {
      return false;
    }

    @Override
    public void draw(Canvas canvas, TagScope scope, float left, float top) {
      float frameTop = top - spaceAbove;
      for (int i = 0; i < charts.size(); i++) {
        Chart chart = charts.get(i);
        Box frame = Box.fromTop(left + i * (width + GAP), frameTop, width, frameHeight());
        canvas.artifact(Canvas.Artifact.LAYOUT, () -> canvas.outline(frame, HouseColours.BORDER, 0.5f));
        Box inner = frame.inset(PADDING);
        PdfStructureElement group = scope.child(PdfName.DIV);
        List<String> caption = captions.get(i);
        canvas.tagged(Tags.child(group, PdfName.CAPTION),
            () -> canvas.lines(caption, inner, inner.top(), captionStyle, Align.LEFT));
        Box plot = new Box(inner.left(), inner.bottom(), inner.width(), chartHeight);
        canvas.tagged(Tags.figure(group, chart.description()), () -> canvas.graphics(plot,
            g -> TrendCharts.draw(chart, g, new Rectangle2D.Double(0, 0, plot.width(), plot.height()))));
      }
    }

    private float frameHeight() {
      int lines = captions.stream().mapToInt(List::size).max().orElse(0);
      return 2 * PADDING + lines * captionStyle.leading() + CAPTION_GAP + chartHeight;
    }
  }
}
