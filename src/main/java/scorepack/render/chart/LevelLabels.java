package scorepack.render.chart;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.geom.Path2D;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The labels beside a chart's right edge: each as near the height of the line it names as the
 * others allow, none overlapping, all within the plot's height. Long labels wrap.
 */
final class LevelLabels {
  /** Space between two labels, in points. */
  static final double GAP = 1.5;
  /** The level stretch of a leader line into its label, so that a steep leader never runs into the text. */
  static final double LEAD_IN = 4;

  private LevelLabels() {}

  /** {@code text} broken at spaces into lines no wider than {@code width} (a word wider than that has a line to itself). */
  static List<String> wrap(String text, Font font, FontRenderContext frc, double width) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.trim().split(" +")) {
      String candidate = line.isEmpty() ? word : line + " " + word;
      if (line.isEmpty() || width(candidate, font, frc) <= width) {
        line.setLength(0);
        line.append(candidate);
      } else {
        lines.add(line.toString());
        line.setLength(0);
        line.append(word);
      }
    }
    if (!line.isEmpty()) {
      lines.add(line.toString());
    }
    return lines;
  }

  /**
   * The line that leads from a level at the plot's edge to its label: level for a third of the way,
   * then aslant to the label's first line, then level again for {@link #LEAD_IN} up to the label.
   *
   * @param fromX the plot's right edge
   * @param levelY the height of the level's line
   * @param toX where the leader stops, just before the label's text
   * @param labelY the middle of the label's first line
   */
  static Path2D leader(double fromX, double levelY, double toX, double labelY) {
    double slantEnd = Math.max(fromX, toX - LEAD_IN);
    Path2D path = new Path2D.Double();
    path.moveTo(fromX, levelY);
    path.lineTo(fromX + (slantEnd - fromX) / 3, levelY);
    path.lineTo(slantEnd, labelY);
    path.lineTo(toX, labelY);
    return path;
  }

  static double width(String text, Font font, FontRenderContext frc) {
    return font.getStringBounds(text, frc).getWidth();
  }

  /**
   * The top of each label.
   *
   * @param centres where each label's middle would ideally be
   * @param heights each label's height
   * @param top the highest a label may start
   * @param bottom the lowest a label may end
   */
  static double[] place(double[] centres, double[] heights, double top, double bottom) {
    int n = centres.length;
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    // Ties keep the chart's order of levels, so the layout never depends on the sort's whims.
    Arrays.sort(order, Comparator.comparingDouble((Integer i) -> centres[i]).thenComparingInt(i -> i));
    double[] tops = new double[n];
    double next = top;
    for (int k = 0; k < n; k++) {
      int i = order[k];
      tops[i] = Math.max(next, centres[i] - heights[i] / 2);
      next = tops[i] + heights[i] + GAP;
    }
    double limit = bottom;
    for (int k = n - 1; k >= 0; k--) {
      int i = order[k];
      if (tops[i] + heights[i] > limit) {
        tops[i] = limit - heights[i];
      }
      limit = tops[i] - GAP;
    }
    return tops;
  }
}
