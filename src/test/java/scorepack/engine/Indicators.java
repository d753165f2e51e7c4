package scorepack.engine;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Small builders for engine tests: definitions and series written the way a test reads best. */
final class Indicators {
  static final LocalDate EXTRACTED = LocalDate.of(2023, 4, 6);

  private Indicators() {}

  static IndicatorDefinition definition(String id, Unit unit, Polarity polarity, Behaviour behaviour) {
    return definition(id, unit, polarity, behaviour, Timeline.MONTHLY, Map.of());
  }

  static IndicatorDefinition definition(String id, Unit unit, Polarity polarity, Behaviour behaviour,
      Timeline timeline, Map<ReportingYear, Tolerance> tolerances) {
    return new IndicatorDefinition(id, id, unit, polarity, timeline, behaviour, YearKind.FINANCIAL,
        unit == Unit.COUNT ? 0 : 1, tolerances, Optional.empty(),
        unit.isRate() ? Optional.of("children") : Optional.empty(), Map.of(), List.of());
  }

  static ReportingYear fy(int startYear) {
    return new ReportingYear(YearKind.FINANCIAL, startYear);
  }

  static BigDecimal n(String s) {
    return new BigDecimal(s);
  }

  /** A series built month by month. */
  static final class SeriesBuilder {
    private final String id;
    private final List<Observation> rows = new ArrayList<>();
    private int line = 2;

    SeriesBuilder(String id) {
      this.id = id;
    }

    SeriesBuilder count(String month, long value) {
      return add(month, null, BigDecimal.valueOf(value), null, "extract.csv", EXTRACTED);
    }

    SeriesBuilder ratio(String month, long numerator, long denominator) {
      return add(month, null, BigDecimal.valueOf(numerator), BigDecimal.valueOf(denominator), "extract.csv",
          EXTRACTED);
    }

    /** The same figure every month from first to last inclusive. */
    SeriesBuilder ratioEveryMonth(String first, String last, long numerator, long denominator) {
      for (YearMonth m = YearMonth.parse(first); !m.isAfter(YearMonth.parse(last)); m = m.plusMonths(1)) {
        ratio(m.toString(), numerator, denominator);
      }
      return this;
    }

    SeriesBuilder countEveryMonth(String first, String last, long value) {
      for (YearMonth m = YearMonth.parse(first); !m.isAfter(YearMonth.parse(last)); m = m.plusMonths(1)) {
        count(m.toString(), value);
      }
      return this;
    }

    SeriesBuilder add(String month, BigDecimal value, BigDecimal numerator, BigDecimal denominator, String file,
        LocalDate extracted) {
      rows.add(new Observation(id, "", YearMonth.parse(month), value, numerator, denominator,
          new SourceRef(file, line++, extracted)));
      return this;
    }

    List<Observation> rows() {
      return rows;
    }

    Series build() {
      Map<SeriesKey, Series> all = SeriesAssembler.assemble(rows);
      return all.getOrDefault(new SeriesKey(id, ""), Series.empty(new SeriesKey(id, "")));
    }
  }

  static SeriesBuilder series(String id) {
    return new SeriesBuilder(id);
  }

  /** The line as a pack with three month columns (the bundled templates' number) shows it. */
  static IndicatorResult calculate(IndicatorDefinition def, Series series, String month) {
    return calculate(def, series, month, 3);
  }

  static IndicatorResult calculate(IndicatorDefinition def, Series series, String month, int monthColumns) {
    return new IndicatorCalculator(PeriodCalendar.DEFAULT, populations()).calculate(def, series,
        new MonthColumns(YearMonth.parse(month), monthColumns), Comparators.published(List.of()));
  }

  /** The line's figures and judgements alone, as a summary compares them, with three month columns. */
  static IndicatorResult rate(IndicatorDefinition def, Series series, String month) {
    return new IndicatorCalculator(PeriodCalendar.DEFAULT, populations()).rate(def, series, Optional.empty(),
        new MonthColumns(YearMonth.parse(month), 3), Comparators.published(List.of()));
  }

  private static Populations populations() {
    return Populations.builder().add("children", 2021, n("57470")).add("children", 2022, n("57460")).build();
  }

  static Map<ReportingYear, Tolerance> tolerances(Polarity p, String green, String amber) {
    Map<ReportingYear, Tolerance> m = new HashMap<>();
    for (int y = 2020; y <= 2023; y++) {
      m.put(fy(y), new Tolerance(p, n(green), amber == null ? null : n(amber)));
    }
    return m;
  }
}
