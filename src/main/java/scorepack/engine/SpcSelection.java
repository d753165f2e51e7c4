package scorepack.engine;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Chooses the figures an indicator's process-control chart reads, and reads them. The chart starts
 * at a fixed point, so that its baseline stays put as later figures arrive: the latest rebase its
 * definition sets, or else the first figure of the unbroken run that ends with the latest period (a
 * period without a figure starts the chart afresh). Cumulative lines get no chart.
 */
final class SpcSelection {
  private SpcSelection() {}

  /**
   * The reading of the line's figures up to its latest period.
   *
   * @param figureAt a period's own figure, at full precision, if it has one
   * @param ratings the RAG ratings the line carries, which the assurance must not contradict
   * @return empty for a cumulative line, or when the run is shorter than the minimum
   */
  static Optional<SpcResult> read(IndicatorDefinition def, PeriodCalendar calendar, YearMonth latestEnd,
      Function<YearMonth, Optional<BigDecimal>> figureAt, Optional<Tolerance> tolerance, Set<Rag> ratings) {
    if (def.behaviour().isCumulative()) {
      return Optional.empty();
    }
    Optional<YearMonth> rebase = def.spc().rebaseAtOrBefore(latestEnd);
    List<YearMonth> periods = new ArrayList<>();
    List<BigDecimal> figures = new ArrayList<>();
    boolean rebased = false;
    for (YearMonth end = latestEnd; ; end = calendar.previousPeriodEnd(def, end)) {
      if (rebase.isPresent() && end.isBefore(rebase.get())) {
        rebased = true;
        break;
      }
      Optional<BigDecimal> figure = figureAt.apply(end);
      if (figure.isEmpty()) {
        break;
      }
      periods.add(0, end);
      figures.add(0, figure.get());
    }
    if (periods.isEmpty()) {
      return Optional.empty();
    }
    return SpcSignals.read(figures, Optional.of(new SpcSpan(periods, rebased)), def.polarity(), tolerance, ratings,
        def.spc().settings());
  }
}
