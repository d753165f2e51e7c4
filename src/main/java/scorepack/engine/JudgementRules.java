package scorepack.engine;

import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;

/**
 * The one place that decides whether a line's RAG and DOT may be given (docs/rules.md, "Judgements
 * need their figures"). A RAG needs the figure it rates, for the period its column names; a DOT
 * needs both figures it compares. A judgement that is due but lacks a figure is withheld with the
 * reason, and prints "n/a"; a RAG on a line with no tolerances is not due, and prints blank.
 */
final class JudgementRules {
  private final IndicatorDefinition def;
  private final PeriodCalendar calendar;
  private final PeriodColumns shown;
  private final ReportingYear year;
  private final boolean yearToDateInYear;

  /**
   * @param def the indicator
   * @param calendar names the indicator's periods
   * @param shown the month columns the pack prints
   * @param year the line's reporting year at the reporting month (financial or academic, as the indicator's)
   * @param yearToDateInYear whether the line has a year-to-date figure before its year ends
   */
  JudgementRules(IndicatorDefinition def, PeriodCalendar calendar, PeriodColumns shown, ReportingYear year,
      boolean yearToDateInYear) {
    this.def = Objects.requireNonNull(def, "def");
    this.calendar = Objects.requireNonNull(calendar, "calendar");
    this.shown = Objects.requireNonNull(shown, "shown");
    this.year = Objects.requireNonNull(year, "year");
    this.yearToDateInYear = yearToDateInYear;
  }

  /** The rules for a line whose behaviour says whether it has a year to date. */
  JudgementRules(IndicatorDefinition def, PeriodCalendar calendar, PeriodColumns shown, ReportingYear year) {
    this(def, calendar, shown, year, def.behaviour().hasYearToDate());
  }

  /**
   * The line's four judgements.
   *
   * @param latest the latest period end at or before the reporting month, with its figure
   * @param previous the period end before it, with its figure
   * @param yearFigure the figure the year-to-date column prints: the year to date, or the outturn at
   *     year end; empty where it prints "-"
   * @param outturn whether {@code yearFigure} is the outturn
   * @param compareWith what the year's figure is compared with: last year's outturn, as the
   *     previous-year column prints it, or a lagged line's figure for the same months a year earlier
   * @param tolerance the tolerances for the reporting year
   */
  Judgements judge(PeriodFigure latest, PeriodFigure previous, Optional<Figure> yearFigure, boolean outturn,
      YearComparison compareWith, Optional<Tolerance> tolerance) {
    Optional<Verdict<Rag>> noTolerances = tolerance.isEmpty()
        ? Optional.of(new Verdict.NotDue<>("no tolerances for " + year.label())) : Optional.empty();

    Optional<MissingReason> latestGap = latestGap(latest);
    Verdict<Rag> monthRag = noTolerances.orElseGet(() -> latestGap.<Verdict<Rag>>map(MissingReason::verdict)
        .orElseGet(() -> rag(tolerance.get(), latest.figure().get())));
    Verdict<DirectionOfTravel> monthDot = latestGap.<Verdict<DirectionOfTravel>>map(MissingReason::verdict)
        .orElseGet(() -> previous.figure().isEmpty()
            ? new Verdict.NotAvailable<>(MissingFigure.EARLIER_FIGURE,
                "no figure for " + periodName(previous.month()) + " to compare with")
            : dot(previous.figure().get(), latest.figure().get(),
                periodName(previous.month()) + " → " + periodName(latest.month())));

    Optional<MissingReason> yearGap = yearFigure.isPresent() ? Optional.empty()
        : Optional.of(yearGap(outturn));
    Verdict<Rag> yearRag = noTolerances.orElseGet(() -> yearGap.<Verdict<Rag>>map(MissingReason::verdict)
        .orElseGet(() -> rag(tolerance.get(), yearFigure.get())));
    Verdict<DirectionOfTravel> yearDot = yearGap.<Verdict<DirectionOfTravel>>map(MissingReason::verdict)
        .orElseGet(() -> compareWith.figure().isEmpty()
            ? new Verdict.NotAvailable<>(MissingFigure.EARLIER_FIGURE, compareWith.missing())
            : dot(compareWith.figure().get(), yearFigure.get(), compareWith.name() + " → " + year.label()
                + (outturn ? " outturn" : " year to date")));
    return new Judgements(monthDot, yearDot, monthRag, yearRag);
  }

  /**
   * Why the latest period cannot be judged, if it cannot: it must belong to the current reporting
   * year, be one of the month columns printed, and have a figure.
   */
  private Optional<MissingReason> latestGap(PeriodFigure latest) {
    YearMonth end = latest.month();
    if (!year.contains(end)) {
      return Optional.of(new MissingReason(MissingFigure.CURRENT_YEAR_NOT_ARRIVED, "no " + year.label()
          + " figure yet (the latest is for " + periodName(end) + ")"));
    }
    if (!shown.contains(end)) {
      return Optional.of(new MissingReason(MissingFigure.PERIOD_NOT_PRINTED, "the latest figure, "
          + periodName(end) + ", is not in the period columns printed (" + shown.describe() + ")"));
    }
    if (latest.figure().isEmpty()) {
      return Optional.of(new MissingReason(MissingFigure.RATED_FIGURE, "no figure for " + periodName(end)));
    }
    return Optional.empty();
  }

  private MissingReason yearGap(boolean outturn) {
    if (!yearToDateInYear && !outturn) {
      return new MissingReason(MissingFigure.YEAR_FIGURE, "no " + year.label() + " figure for the year yet: "
          + "this line has no year to date, and its year is its outturn, in " + MonthNames.shortName(year.lastMonth()));
    }
    return new MissingReason(MissingFigure.YEAR_FIGURE, "no " + year.label() + (outturn ? " outturn" : " year to date")
        + ": a period of the year has no figure (see the data notes)");
  }

  private Verdict<Rag> rag(Tolerance tolerance, Figure figure) {
    return new Verdict.Given<>(tolerance.judge(DisplayPrecision.round(figure.value(), def.decimals())));
  }

  private Verdict<DirectionOfTravel> dot(Figure from, Figure to, String basis) {
    return new Verdict.Given<>(DirectionOfTravel.between(from.value(), to.value(), def.decimals(), def.polarity(),
        basis));
  }

  private String periodName(YearMonth periodEnd) {
    return calendar.periodName(def, periodEnd);
  }

  /**
   * The figure a year's figure is compared with for its DOT (Yr on Yr), and its name in the working.
   *
   * @param figure the figure, if there is one
   * @param name what it is, e.g. "2021/22 outturn"
   * @param missing why the DOT is withheld when there is no such figure
   */
  record YearComparison(Optional<Figure> figure, String name, String missing) {
    YearComparison {
      Objects.requireNonNull(figure, "figure");
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(missing, "missing");
    }

    /** Last year's outturn, as the previous-year column prints it. */
    static YearComparison previousOutturn(ReportingYear year, Optional<Figure> outturn) {
      String name = year.previous().label() + " outturn";
      return new YearComparison(outturn, name, "no " + name + " to compare with");
    }

    /** A lagged line's figure for the same months a year earlier. */
    static YearComparison sameMonthsYearEarlier(ReferencePeriod months, Optional<Figure> figure) {
      String name = "the same months a year earlier (" + months.label() + ")";
      return new YearComparison(figure, name, "no figure for " + name + " to compare with");
    }
  }

  /** A missing figure and the sentence that names it, before it is known which judgement it withholds. */
  private record MissingReason(MissingFigure missing, String reason) {
    <T> Verdict<T> verdict() {
      return new Verdict.NotAvailable<>(missing, reason);
    }
  }
}
