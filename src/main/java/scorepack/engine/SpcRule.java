package scorepack.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The Making Data Count special-cause rules. Each finds the points of a series it flags, and in
 * which direction; a point can be flagged by several rules.
 */
public enum SpcRule {
  /** A point above the upper or below the lower process limit; a point exactly on a limit is inside. */
  OUTSIDE_LIMITS("a point outside the process limits") {
    @Override
    List<SpcFlag> flags(List<BigDecimal> figures, XmrChart chart, SpcSettings settings) {
      List<SpcFlag> flags = new ArrayList<>();
      for (int i = 0; i < figures.size(); i++) {
        BigDecimal y = figures.get(i);
        if (y.compareTo(chart.upperLimit()) > 0) {
          flags.add(new SpcFlag(this, i, Direction.UP));
        } else if (y.compareTo(chart.lowerLimit()) < 0) {
          flags.add(new SpcFlag(this, i, Direction.DOWN));
        }
      }
      return flags;
    }
  },
  /** A run of {@code shiftLength} or more points all above, or all below, the mean; a point on the mean ends it. */
  SHIFT("a shift of points all on one side of the mean") {
    @Override
    List<SpcFlag> flags(List<BigDecimal> figures, XmrChart chart, SpcSettings settings) {
      int[] side = new int[figures.size()];
      for (int i = 0; i < side.length; i++) {
        side[i] = figures.get(i).compareTo(chart.mean());
      }
      return runs(this, side, 0, settings.shiftLength());
    }
  },
  /**
   * A run of {@code trendLength} or more points each higher (or each lower) than the one before;
   * two equal points end a run.
   */
  TREND("a trend of points each rising or each falling") {
    @Override
    List<SpcFlag> flags(List<BigDecimal> figures, XmrChart chart, SpcSettings settings) {
      // step[i] is the move into point i; a run of k steps spans k + 1 points, starting a point earlier.
      int[] step = new int[figures.size()];
      for (int i = 1; i < step.length; i++) {
        step[i] = figures.get(i).compareTo(figures.get(i - 1));
      }
      return runs(this, step, 1, settings.trendLength());
    }
  },
  /**
   * Two or three of three consecutive points, all on the same side of the mean, beyond two thirds
   * of the way from the mean to that side's limit (a point beyond the limit counts). The points
   * beyond the two-thirds line are flagged.
   */
  TWO_OF_THREE_NEAR_LIMIT("two of three points close to a process limit") {
    @Override
    List<SpcFlag> flags(List<BigDecimal> figures, XmrChart chart, SpcSettings settings) {
      int n = figures.size();
      int[] side = new int[n];
      int[] near = new int[n];
      for (int i = 0; i < n; i++) {
        BigDecimal y = figures.get(i);
        side[i] = y.compareTo(chart.mean());
        near[i] = y.compareTo(chart.upperNearLimit()) > 0 ? 1 : y.compareTo(chart.lowerNearLimit()) < 0 ? -1 : 0;
      }
      boolean[][] flagged = new boolean[2][n];
      for (int start = 0; start + 3 <= n; start++) {
        for (int s : new int[] {1, -1}) {
          int sameSide = 0;
          int beyond = 0;
          for (int i = start; i < start + 3; i++) {
            sameSide += side[i] == s ? 1 : 0;
            beyond += near[i] == s ? 1 : 0;
          }
          if (sameSide == 3 && beyond >= 2) {
            for (int i = start; i < start + 3; i++) {
              flagged[s > 0 ? 0 : 1][i] |= near[i] == s;
            }
          }
        }
      }
      List<SpcFlag> flags = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        if (flagged[0][i]) {
          flags.add(new SpcFlag(this, i, Direction.UP));
        }
        if (flagged[1][i]) {
          flags.add(new SpcFlag(this, i, Direction.DOWN));
        }
      }
      return flags;
    }
  };

  private final String description;

  SpcRule(String description) {
    this.description = description;
  }

  /** What the rule looks for, in words. */
  public String description() {
    return description;
  }

  /** The lower-case value written to the CSV output. */
  public String code() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  /** The points of the series this rule flags, oldest first. */
  abstract List<SpcFlag> flags(List<BigDecimal> figures, XmrChart chart, SpcSettings settings);

  /**
   * Flags every maximal run of equal non-zero signs at least {@code minPoints} points long.
   *
   * @param reach how many points before the first sign a run also covers (1 for steps between points)
   */
  private static List<SpcFlag> runs(SpcRule rule, int[] sign, int reach, int minPoints) {
    List<SpcFlag> flags = new ArrayList<>();
    int i = 0;
    while (i < sign.length) {
      int j = i;
      while (j + 1 < sign.length && sign[i] != 0 && sign[j + 1] == sign[i]) {
        j++;
      }
      int first = i - reach;
      if (sign[i] != 0 && j - first + 1 >= minPoints) {
        Direction d = sign[i] > 0 ? Direction.UP : Direction.DOWN;
        for (int k = first; k <= j; k++) {
          flags.add(new SpcFlag(rule, k, d));
        }
      }
      i = j + 1;
    }
    return flags;
  }
}
