package scorepack.engine;

import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

/**
 * The term columns of an academic-year table: Term 1 (autumn), Term 2 (spring) and, from the
 * summer, Term 3, each dated by its last month. They are the terms of the academic year of the
 * latest term ended at or before the pack's month, up to that term: a pack of March 2023 prints
 * Term 1 and Term 2 of 2022/23, and one of October 2023, before the autumn term has ended, still
 * prints the three terms of 2022/23.
 *
 * @param asAt the pack's month
 * @param calendar the school terms
 */
public record TermColumns(YearMonth asAt, PeriodCalendar calendar) implements PeriodColumns {
  public TermColumns {
    Objects.requireNonNull(asAt, "asAt");
    Objects.requireNonNull(calendar, "calendar");
  }

  /** The end of the latest term ended at or before the pack's month: the month the table is as at. */
  @Override
  public YearMonth reportingMonth() {
    return calendar.periodEndAtOrBefore(Timeline.TERMLY, YearKind.ACADEMIC, asAt);
  }

  /** The academic year the columns belong to. */
  public ReportingYear year() {
    return ReportingYear.containing(reportingMonth(), YearKind.ACADEMIC);
  }

  @Override
  public List<YearMonth> periodEnds() {
    YearMonth latest = reportingMonth();
    return calendar.termEnds(year()).stream().filter(end -> !end.isAfter(latest)).toList();
  }

  @Override
  public boolean contains(YearMonth periodEnd) {
    return periodEnds().contains(periodEnd);
  }

  @Override
  public TermColumns asAt(YearMonth month) {
    return new TermColumns(month, calendar);
  }

  @Override
  public String describe() {
    List<YearMonth> ends = periodEnds();
    return (ends.size() == 1 ? "" : heading(ends.get(0)) + " to ") + heading(ends.get(ends.size() - 1)) + " "
        + year().label();
  }

  /** A term column's heading, e.g. "Term 1". */
  public String heading(YearMonth termEnd) {
    return "Term " + number(termEnd);
  }

  /** The term's name in the CSV and the ledger's terms: the academic year and term, e.g. "2022/23-T1". */
  public String code(YearMonth termEnd) {
    return ReportingYear.containing(termEnd, YearKind.ACADEMIC).label() + "-T" + number(termEnd);
  }

  /** The months a term covers in words, e.g. "Term 1 2022/23 (Autumn): Sep 2022 to Dec 2022". */
  public String window(YearMonth termEnd) {
    return heading(termEnd) + " " + ReportingYear.containing(termEnd, YearKind.ACADEMIC).label() + " ("
        + calendar.termEndingIn(termEnd).orElseThrow().name() + "): "
        + MonthNames.shortName(calendar.termStart(termEnd)) + " to " + MonthNames.shortName(termEnd);
  }

  private int number(YearMonth termEnd) {
    return calendar.termNumber(termEnd).orElseThrow(() -> new IllegalArgumentException(
        MonthNames.shortName(termEnd) + " ends no term"));
  }
}
