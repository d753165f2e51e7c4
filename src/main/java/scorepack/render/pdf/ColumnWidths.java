package scorepack.render.pdf;

import java.util.List;
import scorepack.pack.Column;
import scorepack.pack.Field;

/**
 * Scorecard column widths: a share of the page width for each kind of column, the title the widest,
 * but never narrower than a column's minimum (the width its longest heading word needs).
 */
final class ColumnWidths {
  private ColumnWidths() {}

  /**
   * @param minimum each column's least width; if they add up to more than {@code totalWidth}, the
   *     shares are used as they are
   */
  static float[] of(List<Column> columns, float totalWidth, float[] minimum) {
    int count = columns.size();
    float[] widths = new float[count];
    boolean[] fixed = new boolean[count];
    float minimumSum = 0;
    for (float m : minimum) {
      minimumSum += m;
    }
    boolean changed = true;
    while (changed) {
      changed = false;
      float free = totalWidth;
      float weights = 0;
      for (int c = 0; c < count; c++) {
        if (fixed[c]) {
          free -= widths[c];
        } else {
          weights += weight(columns.get(c).field());
        }
      }
      for (int c = 0; c < count; c++) {
        if (!fixed[c]) {
          widths[c] = weight(columns.get(c).field()) * free / weights;
          if (minimumSum <= totalWidth && widths[c] < minimum[c]) {
            widths[c] = minimum[c];
            fixed[c] = true;
            changed = true;
          }
        }
      }
    }
    return widths;
  }

  /** Relative widths; a figure column is 5. */
  static float weight(Field field) {
    return switch (field) {
      case INDICATOR -> 26;
      case REF -> 3.5f;
      case TREND -> 8;
      case DATA_NOTE, TIMELINE, CODES -> 5.5f;
      case POLARITY, DOT_MONTH, DOT_YEAR, QUARTILE_BAND, RANK -> 4.5f;
      case SN_AVERAGE, BEST_SN, NATIONAL, TOP_QUARTILE, REGIONAL -> 5.5f;
      // A few short words, e.g. "Special cause improvement", "consistently missed".
      case SPC_VARIATION -> 8;
      case SPC_ASSURANCE -> 6;
      default -> 5;
    };
  }
}
