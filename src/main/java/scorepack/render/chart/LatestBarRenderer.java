package scorepack.render.chart;

import java.awt.Color;
import java.awt.Paint;
import org.jfree.chart.renderer.category.BarRenderer;

/** Paints every bar in one colour except the latest period's. */
final class LatestBarRenderer extends BarRenderer {
  private final int latest;
  private final Color bar;
  private final Color highlight;

  LatestBarRenderer(int latest, Color bar, Color highlight) {
    this.latest = latest;
    this.bar = bar;
    this.highlight = highlight;
  }

  @Override
  public Paint getItemPaint(int row, int column) {
    return column == latest ? highlight : bar;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof LatestBarRenderer r && r.latest == latest && r.bar.equals(bar)
        && r.highlight.equals(highlight) && super.equals(other);
  }

  @Override
  public int hashCode() {
    return 31 * super.hashCode() + latest;
  }
}
