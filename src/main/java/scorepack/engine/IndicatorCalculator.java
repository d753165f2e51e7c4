package scorepack.engine;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Calculates every figure and judgement of one indicator line as at a reporting month, following
 * the rules of its definition. Pure: the same inputs always give the same result.
 */
public final class IndicatorCalculator {
  /** How many periods of history a result carries: a two-year chart; the sparkline shows the last 12. */
  private static final int TREND_PERIODS = 24;

  private final PeriodCalendar calendar;
  private final Populations populations;

  public IndicatorCalculator(PeriodCalendar calendar, Populations populations) {
    this.calendar = Objects.requireNonNull(calendar, "calendar");
    this.populations = Objects.requireNonNull(populations, "populations");
  }

  /**
   * Calculates the line.
   *
   * @param definition the indicator
   * @param series its figures (for this breakdown), after revisions
   * @param shown the period columns the template prints, ending with the month the scorecard is as at
   * @param comparators what it is benchmarked against
   */
  public IndicatorResult calculate(
      IndicatorDefinition definition, Series series, PeriodColumns shown, Comparators comparators) {
    return calculate(definition, series, Optional.empty(), shown, comparators);
  }

  /**
   * Calculates a line whose year to date another indicator's figures give ({@link
   * IndicatorDefinition#yearToDateFrom()}).
   *
   * @param yearToDate that indicator and its series, for the same breakdown
   */
  public IndicatorResult calculate(IndicatorDefinition definition, Series series,
      Optional<YearToDateLine> yearToDate, PeriodColumns shown, Comparators comparators) {
    return calculation(definition, series, yearToDate, shown).result(comparators, true);
  }

  /**
   * Calculates the line's figures and judgements alone, as a summary compares them a month or a
   * year earlier: its trend, process-control chart and quarters are left empty, since a comparison
   * prints none of them and a pack's summary asks for two such lines for every rated line.
   */
  public IndicatorResult rate(IndicatorDefinition definition, Series series,
      Optional<YearToDateLine> yearToDate, PeriodColumns shown, Comparators comparators) {
    return calculation(definition, series, yearToDate, shown).result(comparators, false);
  }

  private Calculation calculation(IndicatorDefinition definition, Series series,
      Optional<YearToDateLine> yearToDate, PeriodColumns shown) {
    if (definition.yearToDateFrom().isPresent() != yearToDate.isPresent()
        || yearToDate.filter(y -> !y.definition().id().equals(definition.yearToDateFrom().get())).isPresent()) {
      throw new IllegalArgumentException(definition.id() + " takes its year to date from "
          + definition.yearToDateFrom().orElse("its own figures") + ", not from "
          + yearToDate.map(y -> y.definition().id()).orElse("no other line"));
    }
    List<FigureNote> notes = new ArrayList<>();
    Optional<Calculation> yearLine = yearToDate.map(y -> new Calculation(y.definition(), y.series(), shown, notes,
        Optional.empty()));
    return new Calculation(definition, series, shown, notes, yearLine);
  }

  /**
   * The line whose figures give another's year to date: persistent absence's figure for the year so
   * far, beside its figure for each term.
   *
   * @param definition that indicator
   * @param series its figures for the breakdown
   */
  public record YearToDateLine(IndicatorDefinition definition, Series series) {
    public YearToDateLine {
      Objects.requireNonNull(definition, "definition");
      Objects.requireNonNull(series, "series");
    }
  }

  /** The state of one calculation: the definition, series and the notes gathered on the way. */
  private final class Calculation {
    private final IndicatorDefinition def;
    private final Series series;
    private final PeriodColumns shown;
    private final YearMonth reportingMonth;
    private final ReportingYear year;
    private final List<FigureNote> notes;
    private final FigureRules rules;
    private final Optional<Calculation> yearLine;
    private final ReferenceMonths referenceMonths;

    /**
     * @param notes where data-quality notes go: shared with the line whose year to date this one gives
     * @param yearLine the calculation of the line that gives this one's year to date, if another does
     */
    Calculation(IndicatorDefinition def, Series series, PeriodColumns shown, List<FigureNote> notes,
        Optional<Calculation> yearLine) {
      this.def = def;
      this.series = series;
      this.shown = shown;
      this.reportingMonth = shown.reportingMonth();
      this.year = ReportingYear.containing(reportingMonth, def.yearKind());
      this.notes = notes;
      this.rules = new FigureRules(def, populations, notes);
      this.yearLine = yearLine;
      this.referenceMonths = new ReferenceMonths(def, calendar, series);
    }

    /** Whether the year-to-date column carries a figure during the year. */
    private boolean hasYearToDate() {
      return yearLine.map(Calculation::hasYearToDate).orElse(def.behaviour().hasYearToDate());
    }

    /** @param whole whether to work out the trend, process-control chart and quarters too */
    IndicatorResult result(Comparators comparators, boolean whole) {
      ComparatorFigures.Result benchmarks = comparators.resolve(def.polarity(), reportingMonth);
      List<PeriodFigure> months = new ArrayList<>();
      for (YearMonth m : shown.periodEnds()) {
        months.add(endsPeriod(m) ? columnFigure(m) : new PeriodFigure(m, repeatsYearFigure(m)
            ? periodFigure(calendar.periodEndAtOrBefore(def, m), true) : Optional.empty()));
      }
      YearMonth latestEnd = latestPublished(calendar.periodEndAtOrBefore(def, reportingMonth));
      YearMonth previousEnd = calendar.previousPeriodEnd(def, latestEnd);
      Optional<Figure> latest = periodFigure(latestEnd, false);
      Optional<Figure> previous = periodFigure(previousEnd, false);

      boolean outturn = reportingMonth.equals(year.lastMonth());
      // The year's figure is what the year-to-date column prints: "-" for a line with no year to date, in-year.
      Optional<Figure> yearFigure = hasYearToDate() || outturn
          ? yearFigure(year, reportingMonth, true) : Optional.empty();

      Optional<String> newMeasure = def.newMeasureFrom().filter(year::equals).map(y -> "New measure " + y.label());
      Optional<Figure> previousYear = newMeasure.isPresent() ? Optional.empty() : previousYearOutturn();

      Optional<Tolerance> tolerance = def.toleranceFor(year);
      Judgements judgements = new JudgementRules(def, calendar, shown, year, hasYearToDate()).judge(
          new PeriodFigure(latestEnd, latest), new PeriodFigure(previousEnd, previous), yearFigure, outturn,
          yearComparison(latestEnd, previousYear), tolerance);

      List<PeriodFigure> trend = whole ? trend(latestEnd) : List.of();
      for (Series.Supersession s : series.superseded()) {
        if (shown.contains(s.replaced().period()) && !sameFigure(s.replaced(), s.by())) {
          notes.add(revised(s));
        }
      }
      Optional<SpcResult> spc = whole
          ? spc(latestEnd, tolerance, judgements.monthRag().given(), judgements.yearRag().given())
          : Optional.empty();
      List<QuarterFigure> quarters = whole ? quarters() : List.of();
      return new IndicatorResult(def, series.key().breakdown(), reportingMonth, year, months, latest, yearFigure,
          outturn, previousYear, newMeasure, judgements, tolerance, benchmarks.benchmarks(),
          benchmarks.band(), benchmarks.rank(), trend, spc, List.copyOf(new LinkedHashSet<>(notes)), quarters);
    }

    /** The trend: the line's periods up to the latest, as many as a result carries, oldest first. */
    private List<PeriodFigure> trend(YearMonth latestEnd) {
      List<PeriodFigure> trend = new ArrayList<>();
      YearMonth end = latestEnd;
      for (int i = 0; i < TREND_PERIODS; i++) {
        trend.add(0, new PeriodFigure(end, periodFigure(end, false)));
        end = calendar.previousPeriodEnd(def, end);
      }
      return trend;
    }

    /**
     * The last complete quarter and the one before, for a financial-year line with a figure each
     * month or quarter: what a covering report quotes ("Quarter 3 figure 85.3%").
     */
    private List<QuarterFigure> quarters() {
      boolean monthsOrQuarters = def.timeline() == Timeline.MONTHLY || def.timeline() == Timeline.QUARTERLY;
      if (!monthsOrQuarters || def.yearKind() != YearKind.FINANCIAL) {
        return List.of();
      }
      ReportingQuarter last = ReportingQuarter.lastCompleteAt(reportingMonth, YearKind.FINANCIAL);
      return List.of(quarterFigure(last), quarterFigure(last.previous()));
    }

    /** Worked apart, so that a quarter's problems are not noted against the line's printed figures. */
    private QuarterFigure quarterFigure(ReportingQuarter q) {
      Calculation apart = new Calculation(def, series, shown, new ArrayList<>(), Optional.empty());
      // a latest snapshot or cumulative line's quarter is its figure at the quarter's end, as a snapshot's
      Optional<Figure> figure = def.behaviour().hasYearToDate() && !def.behaviour().isLatestToDate()
          ? apart.windowFigure(q.firstMonth(), q.lastMonth(), q.fullName(), false)
          : apart.periodFigure(q.lastMonth(), false);
      return new QuarterFigure(q, figure);
    }

    /**
     * The signals of each period's own figure up to the latest period ({@link SpcSelection}), judged
     * against the line's ratings. Earlier periods' problems are not this month's data notes.
     */
    private Optional<SpcResult> spc(YearMonth latestEnd, Optional<Tolerance> tolerance, Optional<Rag> monthRag,
        Optional<Rag> yearRag) {
      FigureRules quiet = new FigureRules(def, populations, new ArrayList<>());
      Set<Rag> ratings = EnumSet.noneOf(Rag.class);
      monthRag.ifPresent(ratings::add);
      yearRag.ifPresent(ratings::add);
      return SpcSelection.read(def, calendar, latestEnd, m -> series.at(m).flatMap(quiet::single).map(Figure::value),
          tolerance, ratings);
    }

    /**
     * What the year's figure is compared with for its DOT (Yr on Yr): last year's outturn, or for a
     * lagged line with no year to date, the figure of the same months a year earlier ("than same qtr
     * previous year"), since last year's outturn may describe other months.
     */
    private JudgementRules.YearComparison yearComparison(YearMonth latestEnd, Optional<Figure> previousYear) {
      if (def.referencePeriod().isEmpty() || hasYearToDate()) {
        return JudgementRules.YearComparison.previousOutturn(year, previousYear);
      }
      Optional<Figure> earlier = periodFigure(latestEnd.minusYears(1), false);
      ReferencePeriod like = earlier.flatMap(Figure::reference)
          .orElseGet(() -> def.referencePeriod().get().at(latestEnd).yearEarlier());
      return JudgementRules.YearComparison.sameMonthsYearEarlier(like, earlier);
    }

    /**
     * A period column's figure. A lagged line's figure that is not yet due is noted as such, not as
     * missing from the extracts.
     */
    private PeriodFigure columnFigure(YearMonth m) {
      Optional<YearMonth> due = notYetPublished(m);
      Optional<Figure> figure = periodFigure(m, due.isEmpty());
      if (figure.isEmpty() && due.isPresent()) {
        notes.add(new FigureNote.Missing(periodName(m) + " figure not published yet: expected in "
            + MonthNames.shortName(due.get())));
        return new PeriodFigure(m, figure, due);
      }
      return new PeriodFigure(m, figure);
    }

    /** The month a lagged line's figure for this period is expected, if it is after the reporting month. */
    private Optional<YearMonth> notYetPublished(YearMonth periodEnd) {
      return def.referencePeriod().flatMap(r -> r.expectedIn(periodEnd)).filter(e -> e.isAfter(reportingMonth));
    }

    /**
     * The latest period end whose figure a lagged line prints as its latest: this one, or where its
     * figure is not published yet, the last one before it in the same reporting year that has one.
     * Other lines take the period as it is.
     */
    private YearMonth latestPublished(YearMonth periodEnd) {
      if (def.referencePeriod().isEmpty()) {
        return periodEnd;
      }
      ReportingYear y = ReportingYear.containing(periodEnd, def.yearKind());
      for (YearMonth end = periodEnd; y.contains(end); end = calendar.previousPeriodEnd(def, end)) {
        if (periodFigure(end, false).isPresent()) {
          return end;
        }
      }
      return periodEnd;
    }

    private YearMonth firstPeriodEnd(ReportingYear y) {
      YearMonth m = y.firstMonth();
      while (!endsPeriod(m) && m.isBefore(y.lastMonth())) {
        m = m.plusMonths(1);
      }
      return m;
    }

    private boolean endsPeriod(YearMonth m) {
      return calendar.endsPeriod(def, m);
    }

    /**
     * An annual figure published part-way through its year prints again in the year's last month,
     * the column where the scorecard shows each year's figure.
     */
    private boolean repeatsYearFigure(YearMonth m) {
      return def.publishedIn().isPresent() && ReportingYear.containing(m, def.yearKind()).lastMonth().equals(m);
    }

    private String periodName(YearMonth periodEnd) {
      return calendar.periodName(def, periodEnd);
    }

    /**
     * The figure a period column prints. Rolling and year-to-date-average indicators form it
     * from a window of months; others from the period's own observation.
     *
     * @param noteIfMissing whether a missing figure is worth a data-quality note
     */
    private Optional<Figure> periodFigure(YearMonth periodEnd, boolean noteIfMissing) {
      return ownPeriodFigure(periodEnd, noteIfMissing)
          .map(f -> referenceMonths.ofPeriod(periodEnd).map(f::describing).orElse(f));
    }

    private Optional<Figure> ownPeriodFigure(YearMonth periodEnd, boolean noteIfMissing) {
      return switch (def.behaviour()) {
        case ROLLING_12_MONTHS -> windowFigure(periodEnd.minusMonths(11), periodEnd,
            "Rolling 12 months to " + MonthNames.shortName(periodEnd), noteIfMissing);
        case YEAR_TO_DATE_AVERAGE -> {
          ReportingYear y = ReportingYear.containing(periodEnd, def.yearKind());
          yield windowFigure(y.firstMonth(), periodEnd, "Year-to-date average "
              + MonthNames.shortName(y.firstMonth()) + "–" + MonthNames.shortName(periodEnd), noteIfMissing);
        }
        default -> {
          Optional<Observation> o = series.at(periodEnd);
          if (o.isEmpty()) {
            if (noteIfMissing) {
              notes.add(new FigureNote.Missing("No figure for " + periodName(periodEnd) + " in the extracts"));
            }
            yield Optional.empty();
          }
          yield rules.single(o.get());
        }
      };
    }

    /** The figure over every period end from {@code first} to {@code last}; empty if any is missing. */
    private Optional<Figure> windowFigure(YearMonth first, YearMonth last, String label, boolean noteIfMissing) {
      List<Observation> window = new ArrayList<>();
      List<String> missing = new ArrayList<>();
      for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
        if (!endsPeriod(m)) {
          continue;
        }
        Optional<Observation> o = series.at(m);
        if (o.isPresent()) {
          window.add(o.get());
        } else {
          missing.add(periodName(m));
        }
      }
      if (!missing.isEmpty() || window.isEmpty()) {
        if (noteIfMissing) {
          notes.add(new FigureNote.Missing(label + ": no figure for "
              + (missing.isEmpty() ? "any period" : String.join(", ", missing))));
        }
        return Optional.empty();
      }
      return rules.window(window, last, label);
    }

    /**
     * The year's figure as at a month: the year to date for flows and ratios, the latest period's
     * figure for the others (their outturn is the year-end value).
     */
    private Optional<Figure> yearFigure(ReportingYear y, YearMonth asAt, boolean noteIfMissing) {
      if (yearLine.isPresent()) {
        return yearLine.get().yearFigure(y, asAt, noteIfMissing);
      }
      if (def.behaviour().isLatestToDate()) {
        YearMonth latest = latestPublished(calendar.periodEndAtOrBefore(def, asAt));
        if (!y.contains(latest)) {
          if (noteIfMissing) {
            notes.add(new FigureNote.Missing("No " + y.label() + " figure yet: its first " + def.timeline().label()
                + " figure is due in " + MonthNames.shortName(calendar.periodEndAtOrBefore(def, y.lastMonth()))));
          }
          return Optional.empty();
        }
        return periodFigure(latest, noteIfMissing).map(f -> new Figure(f.value(), (asAt.equals(y.lastMonth())
            ? "Outturn " : "Year to date ") + y.label() + " = the latest figure of the year, " + f.rule(), f.sources(),
            Optional.empty(), List.of(), f.reference()));
      }
      if (def.behaviour().hasYearToDate()) {
        Optional<Figure> sum = windowFigure(y.firstMonth(), asAt,
            (asAt.equals(y.lastMonth()) ? "Outturn " : "Year to date ")
            + MonthNames.shortName(y.firstMonth()) + "–" + MonthNames.shortName(asAt), noteIfMissing);
        // a lagged line's year describes the months from its first period's to its last's
        Optional<ReferencePeriod> described =
            referenceMonths.ofPeriods(firstPeriodEnd(y), calendar.periodEndAtOrBefore(def, asAt));
        return sum.map(f -> described.map(f::describing).orElse(f));
      }
      return periodFigure(latestPublished(calendar.periodEndAtOrBefore(def, asAt)), noteIfMissing);
    }

    /** Last year's outturn from the extracts, else from the definition's reference values. */
    private Optional<Figure> previousYearOutturn() {
      ReportingYear last = year.previous();
      Optional<Figure> computed = yearFigure(last, last.lastMonth(), false);
      if (computed.isPresent()) {
        return computed;
      }
      BigDecimal reference = def.previousYearOutturns().get(last);
      if (reference != null) {
        return Optional.of(new Figure(reference, last.label() + " outturn = " + FigureRules.plain(reference)
            + " (reference value in the indicator definition; the extracts do not cover the year)", List.of()));
      }
      notes.add(new FigureNote.Missing("No " + last.label()
          + " outturn: the extracts do not cover the year and the definition gives none"));
      return Optional.empty();
    }

    /** The note on a revised month, with the figure its month column printed from each row. */
    private FigureNote revised(Series.Supersession s) {
      return new FigureNote.Revised(s.replaced().period(), figureWith(s.replaced()), figureWith(s.by()),
          s.replaced(), s.by());
    }

    /**
     * The figure the month's column prints with this row as the month's figure: the row's own
     * figure, or for rolling and running figures the window ending with it. Worked apart, so that a
     * problem with a replaced row is not noted against the line.
     */
    private Optional<BigDecimal> figureWith(Observation row) {
      TreeMap<YearMonth, Observation> months = new TreeMap<>(series.byMonth());
      months.put(row.period(), row);
      return new Calculation(def, new Series(series.key(), months, List.of()), shown, new ArrayList<>(),
          Optional.empty()).periodFigure(row.period(), false).map(Figure::value);
    }
  }


  private static boolean sameFigure(Observation a, Observation b) {
    return sameNumber(a.value(), b.value()) && sameNumber(a.numerator(), b.numerator())
        && sameNumber(a.denominator(), b.denominator());
  }

  private static boolean sameNumber(BigDecimal a, BigDecimal b) {
    return a == null ? b == null : b != null && a.compareTo(b) == 0;
  }
}
