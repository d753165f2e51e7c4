package scorepack.engine;

import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;

/**
 * The months a line's figures describe where they are not their periods' own (a lagged measure):
 * as the extract rows say ({@link Observation#reference()}), else by the definition's rule
 * ({@link ReferencePeriodRule}); empty for a line that has neither.
 */
final class ReferenceMonths {
  private final IndicatorDefinition def;
  private final PeriodCalendar calendar;
  private final Series series;

  ReferenceMonths(IndicatorDefinition def, PeriodCalendar calendar, Series series) {
    this.def = Objects.requireNonNull(def, "def");
    this.calendar = Objects.requireNonNull(calendar, "calendar");
    this.series = Objects.requireNonNull(series, "series");
  }

  /** The months the figure of the period ending {@code periodEnd} describes. */
  Optional<ReferencePeriod> ofPeriod(YearMonth periodEnd) {
    YearMonth first = switch (def.behaviour()) {
      case ROLLING_12_MONTHS -> periodEnd.minusMonths(11);
      case YEAR_TO_DATE_AVERAGE -> ReportingYear.containing(periodEnd, def.yearKind()).firstMonth();
      default -> periodEnd;
    };
    return givenByRows(first, periodEnd).or(() -> def.referencePeriod().map(r -> r.at(periodEnd)));
  }

  /** The months a figure formed over the periods ending {@code firstEnd} to {@code lastEnd} describes. */
  Optional<ReferencePeriod> ofPeriods(YearMonth firstEnd, YearMonth lastEnd) {
    return givenByRows(firstEnd, lastEnd).or(() -> def.referencePeriod()
        .map(r -> new ReferencePeriod(r.at(firstEnd).first(), r.at(lastEnd).last())));
  }

  /** From the first to the last month the rows of the periods in a window describe, when every row says. */
  private Optional<ReferencePeriod> givenByRows(YearMonth first, YearMonth last) {
    YearMonth start = null;
    YearMonth end = null;
    for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
      if (!calendar.endsPeriod(def, m) && !m.equals(last)) {
        continue;
      }
      Optional<ReferencePeriod> given = series.at(m).flatMap(Observation::reference);
      if (given.isEmpty()) {
        return Optional.empty();
      }
      start = start == null || given.get().first().isBefore(start) ? given.get().first() : start;
      end = end == null || given.get().last().isAfter(end) ? given.get().last() : end;
    }
    return start == null ? Optional.empty() : Optional.of(new ReferencePeriod(start, end));
  }
}
