package scorepack.render.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Path2D;
import java.awt.geom.PathIterator;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 15, point 6: a steep leader line ran into the text of its label (Corporate Parenting, charts). */
class LevelLabelsTest {
  @Test
  void aLeaderMeetsItsLabelLevelSoItNeverRunsIntoTheText() {
    // A level at y = 100 whose label was pushed down to y = 130, with 16 points between plot and text.
    List<double[]> points = points(LevelLabels.leader(200, 100, 216, 130));
    assertThat(points).hasSize(4);
    double[] slantEnd = points.get(2);
    double[] end = points.get(3);
    assertThat(end).containsExactly(216, 130);
    assertThat(slantEnd).containsExactly(216 - LevelLabels.LEAD_IN, 130);
    // The level stretch at the start: a third of the way to where the slant ends.
    assertThat(points.get(1)).containsExactly(200 + (216 - LevelLabels.LEAD_IN - 200) / 3, 100);
  }

  @Test
  void aLeaderNeverTurnsBackWhenThereIsNoRoomForItsLeadIn() {
    List<double[]> points = points(LevelLabels.leader(200, 100, 202, 90));
    for (int i = 1; i < points.size(); i++) {
      assertThat(points.get(i)[0]).isGreaterThanOrEqualTo(points.get(i - 1)[0]);
    }
  }

  private static List<double[]> points(Path2D path) {
    List<double[]> points = new ArrayList<>();
    double[] coords = new double[6];
    for (PathIterator it = path.getPathIterator(null); !it.isDone(); it.next()) {
      it.currentSegment(coords);
      points.add(new double[] {coords[0], coords[1]});
    }
    return points;
  }
}
