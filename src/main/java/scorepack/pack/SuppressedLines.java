package scorepack.pack;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import scorepack.definition.DefinedIndicator;
import scorepack.engine.Figure;
import scorepack.engine.IndicatorResult;
import scorepack.engine.PeriodColumns;
import scorepack.engine.PeriodFigure;
import scorepack.engine.ReportingYear;
import scorepack.engine.SeriesKey;
import scorepack.engine.SmallNumbers;
import scorepack.engine.Unit;

/**
 * The public edition's lines: each calculated as the restricted edition's, then with the figures
 * that could identify someone taken out. A month's suppression is decided over all of the pack's
 * lines at once, since one line's figure can give away another's: first every figure formed from a
 * protected count (primary), then, until nothing changes, the year's totals formed from a suppressed
 * period and the next smallest breakdown line of a measure with one suppressed (secondary). The rules
 * and their limits are in docs/rules.md, "The public edition".
 */
final class SuppressedLines implements PackBuilder.LineResults {
  private final PackBuilder.LineResults lines;
  private final List<SeriesKey> keys;
  private final BiFunction<SeriesKey, YearMonth, PeriodColumns> shownAt;
  private final Map<String, DefinedIndicator> indicators;
  private final SmallNumbers packRule;
  private final Map<YearMonth, Map<SeriesKey, Redaction>> byMonth = new HashMap<>();

  /**
   * @param lines the lines as calculated
   * @param keys the pack's lines, in template order
   * @param shownAt the period columns a line prints as at a month (its months, or its terms)
   * @param indicators the definitions by id, with any indicator's own {@code suppression:}
   * @param packRule the pack's small-number rule
   */
  SuppressedLines(PackBuilder.LineResults lines, List<SeriesKey> keys,
      BiFunction<SeriesKey, YearMonth, PeriodColumns> shownAt, Map<String, DefinedIndicator> indicators,
      SmallNumbers packRule) {
    this.lines = lines;
    this.keys = List.copyOf(keys);
    this.shownAt = shownAt;
    this.indicators = indicators;
    this.packRule = packRule;
  }

  @Override
  public IndicatorResult of(SeriesKey line, PeriodColumns shown) {
    return redaction(line, shown.reportingMonth()).apply(lines.of(line, shown));
  }

  /** What the public edition suppresses of a line as at a month. */
  Redaction redaction(SeriesKey line, YearMonth month) {
    Map<SeriesKey, Redaction> month0 = byMonth.computeIfAbsent(month, this::decide);
    Redaction r = month0.get(line);
    return r != null ? r : decideAlone(line, month);
  }

  private Redaction decideAlone(SeriesKey line, YearMonth month) {
    Map<SeriesKey, IndicatorResult> one = Map.of(line, lines.of(line, shownAt.apply(line, month)));
    return new Decision(one).redactions().get(line);
  }

  private Map<SeriesKey, Redaction> decide(YearMonth month) {
    Map<SeriesKey, IndicatorResult> results = new LinkedHashMap<>();
    keys.forEach(k -> results.put(k, lines.of(k, shownAt.apply(k, month))));
    return new Decision(results).redactions();
  }

  private SmallNumbers rule(String indicator) {
    return indicators.get(indicator).suppression().map(s -> s.over(packRule)).orElse(packRule);
  }

  /** The suppression of one month's lines, worked out together. */
  private final class Decision {
    private final Map<SeriesKey, IndicatorResult> results;
    private final Map<SeriesKey, Set<YearMonth>> periods = new HashMap<>();
    private final Set<SeriesKey> yearToDate = new HashSet<>();
    private final Set<SeriesKey> previousYear = new HashSet<>();

    Decision(Map<SeriesKey, IndicatorResult> results) {
      this.results = results;
    }

    Map<SeriesKey, Redaction> redactions() {
      results.forEach(this::primary);
      boolean changed = true;
      while (changed) {
        changed = false;
        for (Map.Entry<SeriesKey, IndicatorResult> e : results.entrySet()) {
          changed |= yearTotals(e.getKey(), e.getValue());
        }
        changed |= breakdowns();
      }
      Map<SeriesKey, Redaction> out = new HashMap<>();
      results.forEach((key, result) -> out.put(key, redaction(key, result)));
      return out;
    }

    /** Every figure formed from a protected count. */
    private void primary(SeriesKey key, IndicatorResult result) {
      SmallNumbers rule = rule(key.indicator());
      Set<YearMonth> own = periods.computeIfAbsent(key, k -> new HashSet<>());
      for (PeriodFigure p : allPeriods(result)) {
        if (p.figure().filter(rule::protects).isPresent()) {
          own.add(p.month());
        }
      }
      if (result.yearToDate().filter(rule::protects).isPresent()) {
        yearToDate.add(key);
      }
      if (result.previousYear().filter(rule::protects).isPresent()) {
        previousYear.add(key);
      }
    }

    /**
     * A year to date (or outturn) summed from a year's periods would give a suppressed one away
     * with the others shown, so it is suppressed when any of its periods is; so is last year's outturn.
     */
    private boolean yearTotals(SeriesKey key, IndicatorResult result) {
      if (!result.definition().behaviour().hasYearToDate()) {
        return false;
      }
      boolean changed = false;
      Set<YearMonth> own = periods.get(key);
      ReportingYear year = result.year();
      if (result.yearToDate().isPresent() && !yearToDate.contains(key)
          && own.stream().anyMatch(m -> !m.isBefore(year.firstMonth()) && !m.isAfter(result.reportingMonth()))) {
        changed = yearToDate.add(key);
      }
      ReportingYear last = year.previous();
      if (result.previousYear().isPresent() && !previousYear.contains(key)
          && own.stream().anyMatch(m -> !m.isBefore(last.firstMonth()) && !m.isAfter(last.lastMonth()))) {
        changed |= previousYear.add(key);
      }
      return changed;
    }

    /**
     * Breakdown lines of one counted measure, and its whole line (their total): where exactly one
     * figure of a period is suppressed, the next smallest breakdown's is suppressed too, so that
     * no total less the others gives it away.
     */
    private boolean breakdowns() {
      Map<String, List<SeriesKey>> groups = new LinkedHashMap<>();
      for (SeriesKey key : results.keySet()) {
        DefinedIndicator defined = indicators.get(key.indicator());
        if (defined.definition().unit() == Unit.COUNT) {
          groups.computeIfAbsent(defined.measure(), m -> new ArrayList<>()).add(key);
        }
      }
      boolean changed = false;
      for (List<SeriesKey> group : groups.values()) {
        if (group.size() < 2) {
          continue;
        }
        Set<YearMonth> months = new HashSet<>();
        group.forEach(k -> allPeriods(results.get(k)).forEach(p -> months.add(p.month())));
        for (YearMonth month : months) {
          changed |= complete(group, k -> figureAt(k, month), k -> periods.get(k).contains(month),
              k -> periods.get(k).add(month));
        }
        changed |= complete(group, k -> results.get(k).yearToDate(), yearToDate::contains, yearToDate::add);
        changed |= complete(group, k -> results.get(k).previousYear(), previousYear::contains, previousYear::add);
      }
      return changed;
    }

    private boolean complete(List<SeriesKey> group, java.util.function.Function<SeriesKey, Optional<Figure>> figure,
        java.util.function.Predicate<SeriesKey> suppressed, java.util.function.Predicate<SeriesKey> suppress) {
      List<SeriesKey> present = group.stream().filter(k -> figure.apply(k).isPresent()).toList();
      if (present.size() < 2 || present.stream().filter(suppressed).count() != 1) {
        return false;
      }
      // The whole line is the total; a breakdown is suppressed in its place where there is one.
      Comparator<SeriesKey> order = Comparator.comparing((SeriesKey k) -> k.breakdown().isEmpty())
          .thenComparing(k -> figure.apply(k).get().value());
      return present.stream().filter(suppressed.negate()).min(order).map(suppress::test).orElse(false);
    }

    private Optional<Figure> figureAt(SeriesKey key, YearMonth month) {
      return allPeriods(results.get(key)).stream().filter(p -> p.month().equals(month)).findFirst()
          .flatMap(PeriodFigure::figure);
    }

    private Redaction redaction(SeriesKey key, IndicatorResult result) {
      Set<YearMonth> own = periods.get(key);
      YearMonth latestPeriod = result.trend().isEmpty() ? null : result.trend().get(result.trend().size() - 1).month();
      boolean latest = result.latest().filter(rule(key.indicator())::protects).isPresent()
          || (latestPeriod != null && own.contains(latestPeriod));
      SmallNumbers rule = rule(key.indicator());
      return new Redaction(own, latest, yearToDate.contains(key), previousYear.contains(key),
          !own.isEmpty() && result.spc().isPresent(), (BigDecimal c) -> rule.protects(c));
    }
  }

  /** The line's month columns and trend periods. */
  private static List<PeriodFigure> allPeriods(IndicatorResult result) {
    List<PeriodFigure> all = new ArrayList<>(result.trend());
    all.addAll(result.months());
    return all;
  }
}
