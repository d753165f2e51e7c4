package scorepack.pack;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import scorepack.definition.DefinedIndicator;
import scorepack.engine.Behaviour;
import scorepack.engine.Benchmark;
import scorepack.engine.IndicatorDefinition;
import scorepack.engine.IndicatorResult;
import scorepack.engine.MonthNames;
import scorepack.engine.PeriodFigure;
import scorepack.engine.Timeline;
import scorepack.engine.Tolerance;
import scorepack.engine.Unit;

/** Lays out a line's trend chart and writes the sentence that describes it. */
final class ChartBuilder {
  private ChartBuilder() {}

  static Chart of(String ref, DefinedIndicator defined, IndicatorResult result, Redaction redaction) {
    IndicatorDefinition def = defined.definition();
    String title = (ref.isEmpty() ? "" : ref + " ") + def.title()
        + (result.breakdown().isEmpty() ? "" : ": " + result.breakdown());
    List<String> labels = new ArrayList<>();
    List<BigDecimal> values = new ArrayList<>();
    Set<Integer> suppressed = new HashSet<>();
    for (PeriodFigure p : result.trend()) {
      if (redaction.periods().contains(p.month())) {
        suppressed.add(values.size());
      }
      labels.add(MonthNames.shortName(p.month()));
      values.add(p.figure().map(f -> f.value()).orElse(null));
    }
    List<Chart.Level> levels = new ArrayList<>();
    result.tolerance().ifPresent(t -> {
      levels.add(new Chart.Level("Target (green) " + t.greenBand().toString().replace(t.green().toPlainString(),
          FigureText.bound(t.green(), def.unit())), t.green(), Chart.Kind.TARGET));
      Tolerance.Threshold red = t.redBand();
      if (red.bound().compareTo(t.green()) != 0) {
        levels.add(new Chart.Level("Red " + red.toString().replace(red.bound().toPlainString(),
            FigureText.bound(red.bound(), def.unit())), red.bound(), Chart.Kind.RED_THRESHOLD));
      }
    });
    // A flow's outturn is the year's total: on a chart of months or terms it is on another scale.
    if (def.behaviour() != Behaviour.FLOW || def.timeline() == Timeline.ANNUAL) {
      result.previousYear().ifPresent(f -> levels.add(new Chart.Level(result.year().previous().label()
          + " outturn " + FigureText.figure(f.value(), def.unit(), def.decimals()), f.value(),
          Chart.Kind.PREVIOUS_YEAR)));
    }
    result.spc().ifPresent(spc -> {
      // The mean and limits hold from the chart's start: within these periods only after a rebase.
      int from = spc.span().map(span -> result.trend().stream().map(PeriodFigure::month).toList()
          .indexOf(span.first())).filter(i -> i > 0).orElse(0);
      levels.add(new Chart.Level("Process mean " + FigureText.figure(spc.mean(), def.unit(), def.decimals())
          + spc.baselineWords().map(b -> " (" + b + ")").orElse(""), spc.mean(), Chart.Kind.PROCESS_MEAN, from));
      levels.add(new Chart.Level("Upper process limit " + FigureText.figure(spc.upperLimit(), def.unit(),
          def.decimals()), spc.upperLimit(), Chart.Kind.PROCESS_LIMIT, from));
      levels.add(new Chart.Level("Lower process limit " + FigureText.figure(spc.lowerLimit(), def.unit(),
          def.decimals()), spc.lowerLimit(), Chart.Kind.PROCESS_LIMIT, from));
    });
    for (Benchmark b : result.benchmarks()) {
      levels.add(new Chart.Level(b.kind().heading() + " " + FigureText.figure(b.value(), def.unit(), def.decimals()),
          b.value(), Chart.Kind.BENCHMARK));
    }
    String description = describe(def, result, title, levels);
    return new Chart(title, labels, values, def.unit() == Unit.PERCENT, levels,
        def.behaviour().withoutProcessControl().map(why -> description + " " + why).orElse(description), suppressed);
  }

  /**
   * E.g. "4.2 Rate of looked after children per 10,000 fell from 98.3 in Nov 2022 to 95.9 in Dec
   * 2022; target (green) <95.2; Stat neigh av. 102.4."
   */
  private static String describe(IndicatorDefinition def, IndicatorResult result, String title,
      List<Chart.Level> levels) {
    List<PeriodFigure> present = result.trend().stream().filter(p -> p.figure().isPresent()).toList();
    StringBuilder s = new StringBuilder(title);
    if (present.isEmpty()) {
      return s.append(": no figures in the last ").append(result.trend().size()).append(" periods.").toString();
    }
    PeriodFigure last = present.get(present.size() - 1);
    String latest = FigureText.figure(last.figure().get().value(), def.unit(), def.decimals());
    Optional<PeriodFigure> before =
        present.size() > 1 ? Optional.of(present.get(present.size() - 2)) : Optional.empty();
    if (before.isPresent()) {
      String earlier = FigureText.figure(before.get().figure().get().value(), def.unit(), def.decimals());
      int cmp = latest.equals(earlier) ? 0 : last.figure().get().value().compareTo(before.get().figure().get().value());
      s.append(cmp > 0 ? " rose from " : cmp < 0 ? " fell from " : " was unchanged at ").append(cmp == 0 ? "" :
          earlier + " in " + MonthNames.shortName(before.get().month()) + " to ").append(latest).append(" in ")
          .append(MonthNames.shortName(last.month()));
    } else {
      s.append(" was ").append(latest).append(" in ").append(MonthNames.shortName(last.month()));
    }
    for (Chart.Level level : levels) {
      s.append("; ").append(level.label());
      if (level.from() > 0) {
        s.append(" from ").append(MonthNames.shortName(result.trend().get(level.from()).month()));
      }
    }
    return s.append('.').toString();
  }
}
