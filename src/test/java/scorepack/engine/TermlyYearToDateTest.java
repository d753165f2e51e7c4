package scorepack.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static scorepack.engine.Indicators.n;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The year to date of termly lines on the academic year, worked by hand from the Members report's
 * education table (March 2023: Term 1, Term 2, 2022/23 YTD).
 */
class TermlyYearToDateTest {
  private static final TermColumns MARCH_2023 = new TermColumns(YearMonth.of(2023, 3), PeriodCalendar.DEFAULT);

  private static IndicatorDefinition termly(String id, Unit unit, Behaviour behaviour, Optional<String> yearToDate) {
    return new IndicatorDefinition(id, id, unit, Polarity.LOW, Timeline.TERMLY, behaviour, YearKind.ACADEMIC,
        unit == Unit.COUNT ? 0 : 1, Map.of(), Optional.empty(), Optional.empty(), Map.of(), List.of(),
        SpcPlan.defaults(), Optional.empty(), yearToDate);
  }

  private static IndicatorResult calculate(IndicatorDefinition def, Series series,
      Optional<IndicatorCalculator.YearToDateLine> yearToDate) {
    return new IndicatorCalculator(PeriodCalendar.DEFAULT, Populations.builder().build())
        .calculate(def, series, yearToDate, MARCH_2023, Comparators.published(List.of()));
  }

  private static List<BigDecimal> terms(IndicatorResult r) {
    return r.months().stream().map(p -> p.figure().map(Figure::value).orElse(null)).toList();
  }

  @Test
  void termCountsAreSummedToTheYearToDate() {
    Series suspensions = Indicators.series("suspensions").count("2022-07", 74).count("2022-12", 134)
        .count("2023-03", 119).build();
    IndicatorResult r = calculate(termly("suspensions", Unit.COUNT, Behaviour.FLOW, Optional.empty()), suspensions,
        Optional.empty());
    assertThat(terms(r)).containsExactly(n("134"), n("119"));
    assertThat(r.yearToDate().orElseThrow().value()).isEqualByComparingTo("253");
    assertThat(r.outturn()).isFalse();
  }

  @Test
  void aTermEndSnapshotCarriesItsLatestTermAsTheYearToDate() {
    Series ehe = Indicators.series("elective-home-education").count("2022-07", 336).count("2022-12", 386)
        .count("2023-03", 435).build();
    IndicatorResult r = calculate(termly("elective-home-education", Unit.COUNT, Behaviour.LATEST_SNAPSHOT,
        Optional.empty()), ehe, Optional.empty());
    assertThat(terms(r)).containsExactly(n("386"), n("435"));
    assertThat(r.yearToDate().orElseThrow().value()).isEqualByComparingTo("435");
    assertThat(r.previousYear().orElseThrow().value()).isEqualByComparingTo("336");
    assertThat(r.yearRag()).isEmpty();
  }

  @Test
  void aPlainSnapshotStillPrintsNoYearToDateInYear() {
    Series pep = Indicators.series("pep").ratio("2022-12", 317, 345).ratio("2023-03", 283, 345).build();
    IndicatorResult r = calculate(termly("pep", Unit.PERCENT, Behaviour.SNAPSHOT, Optional.empty()), pep,
        Optional.empty());
    assertThat(r.yearToDate()).isEmpty();
  }

  @Test
  void aCumulativeMeasureTakesItsYearToDateFromItsOwnYearSoFarFigure() {
    // Persistent absence: 4998/22514 = 22.2% in the autumn term, 3936/22362 = 17.6% in the spring; the
    // year so far is measured on its own, 18.0%, not (4998 + 3936) / (22514 + 22362) = 19.9%.
    Series termsOwn = Indicators.series("absence").ratio("2022-07", 5714, 22497).ratio("2022-12", 4998, 22514)
        .ratio("2023-03", 3936, 22362).build();
    Series yearSoFar = Indicators.series("absence-year").add("2022-07", n("25.4"), null, null, "e.csv",
        Indicators.EXTRACTED).add("2022-12", n("22.2"), null, null, "e.csv", Indicators.EXTRACTED)
        .add("2023-03", n("18.0"), null, null, "e.csv", Indicators.EXTRACTED).build();
    IndicatorDefinition year = termly("absence-year", Unit.PERCENT, Behaviour.CUMULATIVE, Optional.empty());
    IndicatorResult r = calculate(termly("absence", Unit.PERCENT, Behaviour.SNAPSHOT, Optional.of("absence-year")),
        termsOwn, Optional.of(new IndicatorCalculator.YearToDateLine(year, yearSoFar)));
    assertThat(terms(r).stream().map(v -> DisplayPrecision.round(v, 1)).toList())
        .containsExactly(n("22.2"), n("17.6"));
    assertThat(r.yearToDate().orElseThrow().value()).isEqualByComparingTo("18.0");
    assertThat(r.previousYear().orElseThrow().value()).isEqualByComparingTo("25.4");
    assertThat(r.yearDirection().orElseThrow().direction()).isEqualTo(Direction.DOWN);
  }

  @Test
  void theTermDirectionComparesWithThePreviousTerm() {
    Series cme = Indicators.series("cme").count("2022-07", 181).count("2022-12", 128).count("2023-03", 150).build();
    IndicatorResult r = calculate(termly("cme", Unit.COUNT, Behaviour.LATEST_SNAPSHOT, Optional.empty()), cme,
        Optional.empty());
    DirectionOfTravel dot = r.monthDirection().orElseThrow();
    assertThat(dot.direction()).isEqualTo(Direction.UP);
    assertThat(dot.basis()).isEqualTo("Autumn 2022 → Spring 2023");
  }

  @Test
  void aCumulativeLineHasNoProcessControl() {
    assertThat(Behaviour.CUMULATIVE.isCumulative()).isTrue();
    assertThat(Behaviour.CUMULATIVE.withoutProcessControl()).isPresent();
    assertThat(Behaviour.LATEST_SNAPSHOT.isCumulative()).isFalse();
  }
}
