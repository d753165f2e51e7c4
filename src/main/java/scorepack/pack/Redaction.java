package scorepack.pack;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import scorepack.engine.FigureNote;
import scorepack.engine.IndicatorResult;
import scorepack.engine.Judgements;
import scorepack.engine.MonthNames;
import scorepack.engine.Observation;
import scorepack.engine.PeriodFigure;
import scorepack.engine.QuarterFigure;
import scorepack.engine.Verdict;

/**
 * Which figures of one line the public edition suppresses as at one month, and the line's result
 * with them taken out, so that nothing built from it (cells, sparklines, charts, sentences, notes)
 * can show them. docs/rules.md, "The public edition", gives the rules.
 *
 * @param periods the periods whose figure is suppressed (month columns, sparkline and chart points)
 * @param latest whether the latest period's figure is suppressed
 * @param yearToDate whether the year to date (or outturn) is suppressed
 * @param previousYear whether last year's outturn is suppressed
 * @param processControl whether the process-control figures are withheld (a suppressed point is in the chart)
 * @param counts the rule that decides whether a count from a revised extract row may be printed
 */
record Redaction(Set<YearMonth> periods, boolean latest, boolean yearToDate, boolean previousYear,
    boolean processControl, Predicate<BigDecimal> counts) {
  /** The restricted edition's: nothing suppressed. */
  static final Redaction NONE = new Redaction(Set.of(), false, false, false, false, c -> false);

  Redaction {
    periods = Set.copyOf(periods);
  }

  boolean isEmpty() {
    return periods.isEmpty() && !latest && !yearToDate && !previousYear && !processControl;
  }

  /** Whether the figure the year's judgements rest on (the year to date, or else the latest) is suppressed. */
  private boolean yearFigure(IndicatorResult result) {
    return result.definition().behaviour().hasYearToDate() ? yearToDate : latest;
  }

  /** The result as the public edition may print it. */
  IndicatorResult apply(IndicatorResult result) {
    if (isEmpty()) {
      return result;
    }
    Judgements j = result.judgements();
    boolean previousPeriod = previousPeriod(result).map(periods::contains).orElse(false);
    Judgements judgements = new Judgements(
        withheld(j.monthDot(), latest || previousPeriod, "the latest or the previous period's figure"),
        withheld(j.yearDot(), yearFigure(result) || previousYear, "the year's figure or last year's outturn"),
        withheld(j.monthRag(), latest, "the latest period's figure"),
        withheld(j.yearRag(), yearFigure(result), "the year's figure"));
    boolean ranked = latest || yearFigure(result);
    return new IndicatorResult(result.definition(), result.breakdown(), result.reportingMonth(), result.year(),
        without(result.months()), latest ? Optional.empty() : result.latest(),
        yearToDate ? Optional.empty() : result.yearToDate(), result.outturn(),
        previousYear ? Optional.empty() : result.previousYear(), result.newMeasureText(), judgements,
        result.tolerance(), result.benchmarks(), ranked ? Optional.empty() : result.quartileBand(),
        ranked ? Optional.empty() : result.rank(), without(result.trend()),
        processControl ? Optional.empty() : result.spc(), notes(result.dataNotes()),
        // A quarter less the months shown would give a suppressed month away: every quarter is withheld.
        result.quarters().stream().map(q -> new QuarterFigure(q.quarter(), Optional.empty())).toList());
  }

  /** The period before the latest in the line's trend, which the month's direction of travel compares with. */
  private static Optional<YearMonth> previousPeriod(IndicatorResult result) {
    List<PeriodFigure> trend = result.trend();
    return trend.size() < 2 ? Optional.empty() : Optional.of(trend.get(trend.size() - 2).month());
  }

  private List<PeriodFigure> without(List<PeriodFigure> figures) {
    return figures.stream().map(p -> periods.contains(p.month()) ? new PeriodFigure(p.month(), Optional.empty()) : p)
        .toList();
  }

  private static <T> Verdict<T> withheld(Verdict<T> verdict, boolean suppressed, String which) {
    return suppressed && verdict instanceof Verdict.Given<T>
        ? new Verdict.Suppressed<>(which + " is suppressed in the public edition") : verdict;
  }

  /**
   * A revision note gives the figures before and after and the extract rows' counts; where the month
   * is suppressed, or either row holds a protected count, the note says only that the month was revised.
   */
  private List<FigureNote> notes(List<FigureNote> notes) {
    List<FigureNote> out = new ArrayList<>();
    for (FigureNote note : notes) {
      if (note instanceof FigureNote.Revised r && (periods.contains(r.month()) || protects(r))) {
        out.add(new FigureNote.Missing(MonthNames.shortName(r.month()) + " was revised by a later extract; the"
            + " figures before and after are suppressed " + Cell.SUPPRESSED + " in the public edition"));
      } else {
        out.add(note);
      }
    }
    return out;
  }

  private boolean protects(FigureNote.Revised r) {
    for (Observation o : List.of(r.replaced(), r.by())) {
      List<BigDecimal> counts = new ArrayList<>();
      if (o.value() != null) {
        counts.add(o.value());
      }
      if (o.numerator() != null) {
        counts.add(o.numerator());
      }
      if (o.denominator() != null) {
        counts.add(o.denominator());
        if (o.numerator() != null) {
          counts.add(o.denominator().subtract(o.numerator()));
        }
      }
      if (counts.stream().anyMatch(this.counts)) {
        return true;
      }
    }
    return false;
  }
}
