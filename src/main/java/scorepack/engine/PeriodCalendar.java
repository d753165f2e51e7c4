package scorepack.engine;

import java.time.Month;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Which months end a period of each timeline: every month, each quarter (June, September,
 * December, March), each term (as configured), or the last month of the reporting year.
 */
public final class PeriodCalendar {
  /** Autumn September–December, Spring January–March, Summer April–July. */
  public static final PeriodCalendar DEFAULT =
      new PeriodCalendar(List.of(new Term("Autumn", Month.DECEMBER), new Term("Spring", Month.MARCH),
          new Term("Summer", Month.JULY)));

  private final List<Term> terms;

  public PeriodCalendar(List<Term> terms) {
    if (terms.isEmpty()) {
      throw new IllegalArgumentException("the term calendar needs at least one term");
    }
    // Terms in academic-year order, September first, so that term 1 is the autumn term.
    this.terms = terms.stream().sorted(Comparator.comparingInt(t -> monthsIntoAcademicYear(t.lastMonth()))).toList();
  }

  /**
   * The months ending the academic year's terms, term 1 first.
   *
   * @param academicYear an academic (September to August) year
   */
  public List<YearMonth> termEnds(ReportingYear academicYear) {
    if (academicYear.kind() != YearKind.ACADEMIC) {
      throw new IllegalArgumentException("terms belong to an academic year, not to " + academicYear.kind());
    }
    return terms.stream().map(t -> academicYear.firstMonth().plusMonths(monthsIntoAcademicYear(t.lastMonth())))
        .toList();
  }

  /** The term ending in the month, numbered from 1 (autumn) in its academic year, if a term ends then. */
  public Optional<Integer> termNumber(YearMonth periodEnd) {
    for (int i = 0; i < terms.size(); i++) {
      if (terms.get(i).lastMonth() == periodEnd.getMonth()) {
        return Optional.of(i + 1);
      }
    }
    return Optional.empty();
  }

  /** The term ending in the month, if one does. */
  public Optional<Term> termEndingIn(YearMonth periodEnd) {
    return termNumber(periodEnd).map(n -> terms.get(n - 1));
  }

  /**
   * The first month of the term ending in the month: the month after the previous term's end, or
   * September for term 1. The months between the last term and September (August) belong to none.
   */
  public YearMonth termStart(YearMonth termEnd) {
    int n = termNumber(termEnd).orElseThrow(() -> new IllegalArgumentException(
        MonthNames.shortName(termEnd) + " ends no term"));
    ReportingYear year = ReportingYear.containing(termEnd, YearKind.ACADEMIC);
    return n == 1 ? year.firstMonth() : termEnds(year).get(n - 2).plusMonths(1);
  }

  private static int monthsIntoAcademicYear(Month month) {
    return Math.floorMod(month.getValue() - YearKind.ACADEMIC.firstMonth().getValue(), 12);
  }

  /** Whether a figure of this timeline belongs to the month, i.e. the month ends a period. */
  public boolean endsPeriod(Timeline timeline, YearKind yearKind, YearMonth month) {
    return switch (timeline) {
      case MONTHLY -> true;
      case QUARTERLY -> month.getMonthValue() % 3 == 0;
      case TERMLY -> termNumber(month).isPresent();
      case ANNUAL -> ReportingYear.containing(month, yearKind).lastMonth().equals(month);
    };
  }

  /**
   * Whether a figure of the indicator belongs to the month: as for its timeline, but an annual line
   * published part-way through its year has its figure in the month it is published.
   */
  public boolean endsPeriod(IndicatorDefinition def, YearMonth month) {
    // Asked for every month of every line: without the lambdas that capture the month, which the
    // launcher's compiler makes by a call into the JVM each (bench/README.md, "records and lambdas").
    Optional<Month> published = def.publishedIn();
    return published.isPresent() ? month.getMonth() == published.get()
        : endsPeriod(def.timeline(), def.yearKind(), month);
  }

  /** The indicator's latest period end at or before the month. */
  public YearMonth periodEndAtOrBefore(IndicatorDefinition def, YearMonth month) {
    YearMonth m = month;
    while (!endsPeriod(def, m)) {
      m = m.minusMonths(1);
    }
    return m;
  }

  /** The indicator's period end before the given one. */
  public YearMonth previousPeriodEnd(IndicatorDefinition def, YearMonth periodEnd) {
    return periodEndAtOrBefore(def, periodEnd.minusMonths(1));
  }

  /** The name of the indicator's period ending in the month: an annual figure is named by its reporting year. */
  public String periodName(IndicatorDefinition def, YearMonth periodEnd) {
    return periodName(def.timeline(), def.yearKind(), periodEnd);
  }

  /** The latest period end at or before the month. */
  public YearMonth periodEndAtOrBefore(Timeline timeline, YearKind yearKind, YearMonth month) {
    YearMonth m = month;
    while (!endsPeriod(timeline, yearKind, m)) {
      m = m.minusMonths(1);
    }
    return m;
  }

  /** The period end before the given one. */
  public YearMonth previousPeriodEnd(Timeline timeline, YearKind yearKind, YearMonth periodEnd) {
    return periodEndAtOrBefore(timeline, yearKind, periodEnd.minusMonths(1));
  }

  /** The name of the period ending in the month, e.g. "Dec 2022", "Q3 2022/23", "Autumn 2022". */
  public String periodName(Timeline timeline, YearKind yearKind, YearMonth periodEnd) {
    ReportingYear year = ReportingYear.containing(periodEnd, yearKind);
    return switch (timeline) {
      case MONTHLY -> MonthNames.shortName(periodEnd);
      case QUARTERLY -> "Q" + (1 + (int) (year.firstMonth().until(periodEnd, java.time.temporal.ChronoUnit.MONTHS) / 3))
          + " " + year.label();
      case TERMLY -> terms.stream().filter(t -> t.lastMonth() == periodEnd.getMonth()).findFirst()
          .map(t -> t.name() + " " + periodEnd.getYear()).orElse(MonthNames.shortName(periodEnd));
      case ANNUAL -> year.label();
    };
  }

  /**
   * A school term, named and known by the month it ends in.
   *
   * @param name e.g. Autumn
   * @param lastMonth the month the term's figures are dated
   */
  public record Term(String name, Month lastMonth) {
    public Term {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(lastMonth, "lastMonth");
    }
  }
}
