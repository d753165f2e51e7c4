package scorepack.engine;

import java.time.YearMonth;
import java.util.List;

/**
 * The periods a process-control chart covers, so that its baseline can be named.
 *
 * @param periods the period ends charted, oldest first, one per figure
 * @param rebased whether the chart starts at a rebase its indicator definition sets; otherwise it
 *     starts with the first figure of the unbroken run that ends with the latest period
 */
public record SpcSpan(List<YearMonth> periods, boolean rebased) {
  public SpcSpan {
    periods = List.copyOf(periods);
    if (periods.isEmpty()) {
      throw new IllegalArgumentException("a chart covers at least one period");
    }
    for (int i = 1; i < periods.size(); i++) {
      if (!periods.get(i).isAfter(periods.get(i - 1))) {
        throw new IllegalArgumentException("the periods of a chart must be in order, oldest first, found "
            + periods.get(i - 1) + " before " + periods.get(i));
      }
    }
  }

  public YearMonth first() {
    return periods.get(0);
  }

  public YearMonth last() {
    return periods.get(periods.size() - 1);
  }

  /**
   * The baseline in words: "baseline Apr 2020 to Mar 2021", or "rebased baseline Apr 2022 to Mar
   * 2023".
   *
   * @param baselinePoints how many of the first periods the mean and limits come from
   */
  public String baselineWords(int baselinePoints) {
    if (baselinePoints < 1 || baselinePoints > periods.size()) {
      throw new IllegalArgumentException("a baseline of " + baselinePoints + " points does not fit a chart of "
          + periods.size());
    }
    return (rebased ? "rebased baseline " : "baseline ") + MonthNames.shortName(first()) + " to "
        + MonthNames.shortName(periods.get(baselinePoints - 1));
  }
}
