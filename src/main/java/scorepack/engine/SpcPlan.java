package scorepack.engine;

import java.time.YearMonth;
import java.util.Collections;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * How one indicator's process-control chart is drawn: the workspace's settings with the
 * indicator's own overrides, and the months from which its chart starts afresh.
 *
 * @param settings the baseline, minimum points, moving-range screening and rule lengths
 * @param rebases the months a new process begins (as NHSRplotthedots' {@code rebase}): the chart
 *     of a later period starts at the first period ending in or after the latest of them, and takes
 *     its baseline from there; empty for a chart that starts with the indicator's figures
 */
public record SpcPlan(SpcSettings settings, SortedSet<YearMonth> rebases) {
  public SpcPlan {
    Objects.requireNonNull(settings, "settings");
    rebases = Collections.unmodifiableSortedSet(new TreeSet<>(rebases));
  }

  /** The Making Data Count settings and no rebase. */
  public static SpcPlan defaults() {
    return new SpcPlan(SpcSettings.defaults(), new TreeSet<>());
  }

  /** The latest rebase in or before a month, if any. */
  public Optional<YearMonth> rebaseAtOrBefore(YearMonth month) {
    SortedSet<YearMonth> upTo = rebases.headSet(month.plusMonths(1));
    return upTo.isEmpty() ? Optional.empty() : Optional.of(upTo.last());
  }
}
