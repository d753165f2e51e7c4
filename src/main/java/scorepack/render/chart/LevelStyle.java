package scorepack.render.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.List;
import scorepack.pack.Chart;

/**
 * How a reference level is drawn: a dash pattern of its own, so that the lines stay apart in
 * greyscale, in a dark colour that its label shares (every colour at least 4.5:1 on white). The
 * target is a long dash, the red threshold a short one, last year's outturn a dotted line, each
 * benchmark a different dash-dot pattern, and the process control (XmR) mean a thin grey line with
 * its limits finely dotted.
 *
 * @param colour the line's and the label's colour
 * @param stroke the line
 */
record LevelStyle(Color colour, BasicStroke stroke) {
  static final Color TARGET = new Color(0x006100);
  static final Color RED = new Color(0x9C0006);
  static final Color PREVIOUS_YEAR = new Color(0x404040);
  static final Color BENCHMARK = new Color(0x5B3A8E);
  static final Color PROCESS = new Color(0x595959);
  private static final float WIDTH = 1.1f;
  private static final List<float[]> BENCHMARK_DASHES = List.of(
      new float[] {7, 2, 1.5f, 2},
      new float[] {7, 2, 1.5f, 2, 1.5f, 2},
      new float[] {12, 2, 3, 2},
      new float[] {3, 1.5f, 3, 4},
      new float[] {12, 2, 1.5f, 2, 1.5f, 2, 1.5f, 2});

  /**
   * @param benchmark for a benchmark, how many benchmarks come before it on the chart
   */
  static LevelStyle of(Chart.Kind kind, int benchmark) {
    return switch (kind) {
      case TARGET -> new LevelStyle(TARGET, dashed(WIDTH * 1.3f, BasicStroke.CAP_BUTT, 8, 3));
      case RED_THRESHOLD -> new LevelStyle(RED, dashed(WIDTH * 1.3f, BasicStroke.CAP_BUTT, 3, 2.5f));
      case PREVIOUS_YEAR -> new LevelStyle(PREVIOUS_YEAR, dashed(WIDTH * 1.2f, BasicStroke.CAP_ROUND, 0.1f, 2.6f));
      case BENCHMARK -> new LevelStyle(BENCHMARK,
          dashed(WIDTH, BasicStroke.CAP_BUTT, BENCHMARK_DASHES.get(benchmark % BENCHMARK_DASHES.size())));
      case PROCESS_MEAN -> new LevelStyle(PROCESS, new BasicStroke(WIDTH * 0.8f));
      case PROCESS_LIMIT -> new LevelStyle(PROCESS, dashed(WIDTH * 0.8f, BasicStroke.CAP_BUTT, 1.5f, 1.5f));
    };
  }

  /** The style of each level of a chart, in order. */
  static List<LevelStyle> of(List<Chart.Level> levels) {
    int benchmarks = 0;
    LevelStyle[] styles = new LevelStyle[levels.size()];
    for (int i = 0; i < styles.length; i++) {
      Chart.Kind kind = levels.get(i).kind();
      styles[i] = of(kind, benchmarks);
      if (kind == Chart.Kind.BENCHMARK) {
        benchmarks++;
      }
    }
    return List.of(styles);
  }

  private static BasicStroke dashed(float width, int cap, float... dashes) {
    return new BasicStroke(width, cap, BasicStroke.JOIN_MITER, 10, dashes, 0);
  }
}
