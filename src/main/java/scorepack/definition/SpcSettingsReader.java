package scorepack.definition;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import scorepack.engine.SpcPlan;
import scorepack.engine.SpcSettings;

/**
 * Reads an {@code spc:} block: the process-control settings in {@code scorepack.yaml}, or an
 * indicator's overrides of them and its rebases.
 *
 * <pre>
 * spc:
 *   minimum_points: 12         # no chart below this many unbroken periods
 *   baseline_points: 12        # the mean and limits come from the first this many
 *   screen_moving_ranges: false
 *   shift_points: 7
 *   trend_points: 7
 *   rebase: [2022-04]          # indicators only: the chart starts afresh here
 * </pre>
 */
final class SpcSettingsReader {
  /** The most periods a setting may count: ten years of months. */
  static final int MAX_POINTS = 120;
  private static final Set<String> SETTING_KEYS =
      Set.of("minimum_points", "baseline_points", "screen_moving_ranges", "shift_points", "trend_points");

  private SpcSettingsReader() {}

  /** The workspace's settings: the Making Data Count defaults with the block's changes. */
  static SpcSettings workspace(YamlNode n, YamlFields f) {
    return f.mapping(n, "process-control settings, e.g. {baseline_points: 12}")
        .map(m -> {
          f.onlyKeys(m, SETTING_KEYS);
          return settings(m, f, SpcSettings.defaults());
        })
        .orElse(SpcSettings.defaults());
  }

  /** An indicator's plan: the workspace's settings with the block's changes, and its rebases. */
  static SpcPlan indicator(YamlNode n, YamlFields f, SpcSettings workspace) {
    Optional<YamlNode.Mapping> block = f.mapping(n, "process-control settings, e.g. {rebase: [2022-04]}");
    if (block.isEmpty()) {
      return new SpcPlan(workspace, new TreeSet<>());
    }
    YamlNode.Mapping m = block.get();
    Set<String> keys = new HashSet<>(SETTING_KEYS);
    keys.add("rebase");
    f.onlyKeys(m, keys);
    TreeSet<YearMonth> rebases = new TreeSet<>();
    f.optional(m, "rebase").ifPresent(r -> {
      for (YamlNode item : r instanceof YamlNode.Sequence months ? months.items() : List.of(r)) {
        f.text(item).ifPresent(t -> {
          try {
            rebases.add(YearMonth.parse(t.trim()));
          } catch (DateTimeParseException e) {
            f.error(item, "expected the month the chart starts afresh as YYYY-MM, found '" + t + "'");
          }
        });
      }
    });
    return new SpcPlan(settings(m, f, workspace), rebases);
  }

  private static SpcSettings settings(YamlNode.Mapping m, YamlFields f, SpcSettings base) {
    int minimum = points(m, f, "minimum_points", 2).orElse(base.minimumPoints());
    int baseline = points(m, f, "baseline_points", 2).orElse(base.baselinePoints());
    int shift = points(m, f, "shift_points", 2).orElse(base.shiftLength());
    int trend = points(m, f, "trend_points", 3).orElse(base.trendLength());
    boolean screen = f.optional(m, "screen_moving_ranges")
        .flatMap(n -> f.choice(n, Map.of("true", true, "false", false))).orElse(base.screenMovingRanges());
    return new SpcSettings(minimum, baseline, shift, trend, screen);
  }

  private static Optional<Integer> points(YamlNode.Mapping m, YamlFields f, String key, int min) {
    return f.optional(m, key).flatMap(n -> f.wholeNumber(n, min, MAX_POINTS));
  }
}
