package scorepack.render.pdf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import scorepack.pack.Column;
import scorepack.pack.Field;

/**
 * A scorecard's columns in parts that each fit the page at the table's own type size, for a pack on
 * A4 paper: every part repeats the identifying columns (the reference and the title), and takes, in
 * the template's order, as many of the other columns as fit, never parting the columns under one
 * group heading. A table that fits is one part.
 */
final class ColumnSplit {
  /** The title column keeps at least this share of the page's width, so that titles wrap over few lines. */
  static final float TITLE_SHARE = 0.24f;

  private ColumnSplit() {}

  /**
   * @param columns the table's columns
   * @param minimum each column's least width (its longest word, heading or cell)
   * @param width the page's content width
   * @return each part's column indexes, in the template's order
   */
  static List<List<Integer>> of(List<Column> columns, float[] minimum, float width) {
    List<Integer> identifying = new ArrayList<>();
    float fixed = 0;
    for (int c = 0; c < columns.size(); c++) {
      if (isIdentifying(columns.get(c).field())) {
        identifying.add(c);
        fixed += columns.get(c).field() == Field.INDICATOR ? Math.max(minimum[c], TITLE_SHARE * width) : minimum[c];
      }
    }
    List<List<Integer>> units = units(columns);
    float[] needed = new float[units.size()];
    for (int u = 0; u < needed.length; u++) {
      for (int c : units.get(u)) {
        needed[u] += minimum[c];
      }
    }
    int count = greedyCount(needed, width - fixed);
    List<List<Integer>> parts = new ArrayList<>();
    int from = 0;
    for (int end : balancedEnds(needed, count)) {
      List<Integer> part = new ArrayList<>();
      units.subList(from, end).forEach(part::addAll);
      parts.add(part);
      from = end;
    }
    return parts.stream().map(p -> withIdentifying(identifying, p)).toList();
  }

  /** How many parts the units need when each part takes as many as fit in {@code room}. */
  private static int greedyCount(float[] needed, float room) {
    int count = 1;
    float used = 0;
    for (int u = 0; u < needed.length; u++) {
      if (u > 0 && used + needed[u] > room && used > 0) {
        count++;
        used = 0;
      }
      used += needed[u];
    }
    return count;
  }

  /**
   * Where each of {@code count} runs of units ends (exclusive), chosen so that the widest run is as
   * narrow as it can be: the parts share the columns evenly instead of leaving the last one a few.
   */
  private static List<Integer> balancedEnds(float[] needed, int count) {
    int n = needed.length;
    float[] prefix = new float[n + 1];
    for (int u = 0; u < n; u++) {
      prefix[u + 1] = prefix[u] + needed[u];
    }
    // widest[j][i]: the narrowest widest run when the first i units make j runs; cut[j][i]: where the last starts.
    float[][] widest = new float[count + 1][n + 1];
    int[][] cut = new int[count + 1][n + 1];
    for (float[] row : widest) {
      Arrays.fill(row, Float.MAX_VALUE);
    }
    widest[0][0] = 0;
    for (int j = 1; j <= count; j++) {
      for (int i = j; i <= n; i++) {
        for (int k = j - 1; k < i; k++) {
          float candidate = Math.max(widest[j - 1][k], prefix[i] - prefix[k]);
          if (candidate < widest[j][i]) {
            widest[j][i] = candidate;
            cut[j][i] = k;
          }
        }
      }
    }
    List<Integer> ends = new ArrayList<>();
    for (int j = count, i = n; j > 0; i = cut[j][i], j--) {
      ends.add(0, i);
    }
    return ends;
  }

  /** The reference and the title identify a line, so every part prints them. */
  static boolean isIdentifying(Field field) {
    return field == Field.REF || field == Field.INDICATOR;
  }

  /** The columns that stay together: each run of one group heading, and each column outside a group. */
  private static List<List<Integer>> units(List<Column> columns) {
    List<List<Integer>> units = new ArrayList<>();
    for (int c = 0; c < columns.size(); c++) {
      if (isIdentifying(columns.get(c).field())) {
        continue;
      }
      String group = columns.get(c).group();
      List<Integer> last = units.isEmpty() ? List.of() : units.get(units.size() - 1);
      boolean sameGroup = !group.isEmpty() && !last.isEmpty() && last.get(last.size() - 1) == c - 1
          && columns.get(c - 1).group().equals(group);
      if (sameGroup) {
        last.add(c);
      } else {
        units.add(new ArrayList<>(List.of(c)));
      }
    }
    return units;
  }

  private static List<Integer> withIdentifying(List<Integer> identifying, List<Integer> part) {
    List<Integer> all = new ArrayList<>(identifying);
    all.addAll(part);
    all.sort(null);
    return all;
  }
}
