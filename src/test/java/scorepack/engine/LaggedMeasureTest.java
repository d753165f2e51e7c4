package scorepack.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static scorepack.engine.Indicators.calculate;
import static scorepack.engine.Indicators.series;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Issue 15, point 2: a lagged measure's figures carry the months they describe, a figure not yet
 * published says when it is expected, and DOT (Yr on Yr) compares like periods.
 */
class LaggedMeasureTest {
  /** Re-offending: the four quarterly cohorts to the quarter, reported 21 months on, published two months after. */
  private static final IndicatorDefinition REOFFENDING = new IndicatorDefinition("reoffending", "Re-offending",
      Unit.PERCENT, Polarity.LOW, Timeline.QUARTERLY, Behaviour.ROLLING_12_MONTHS, YearKind.FINANCIAL, 1, Map.of(),
      Optional.empty(), Optional.empty(), Map.of(), List.of(), SpcPlan.defaults(), Optional.empty(), Optional.empty(),
      Optional.of(new ReferencePeriodRule(21, 12, Optional.of(2))));

  // Quarterly cohorts of 40, reported from March 2021 to December 2022; nothing yet for March 2023.
  private static final Series COHORTS = series("reoffending")
      .ratio("2021-03", 10, 40).ratio("2021-06", 9, 40).ratio("2021-09", 8, 40).ratio("2021-12", 9, 40)
      .ratio("2022-03", 8, 40).ratio("2022-06", 7, 40).ratio("2022-09", 6, 40).ratio("2022-12", 5, 40)
      .build();

  private static String printed(Optional<Figure> f) {
    return f.map(x -> x.value().setScale(1, RoundingMode.HALF_UP).toPlainString()
        + x.reference().map(r -> " (" + r.label() + ")").orElse("")).orElse("-");
  }

  @Test
  void aFigureDescribesTheMonthsEndingItsLagBeforeItsPeriod() {
    ReferencePeriodRule rule = new ReferencePeriodRule(21, 12, Optional.empty());
    // December 2022 − 21 months = March 2021, and the 12 months to it start in April 2020
    assertThat(rule.at(YearMonth.of(2022, 12))).isEqualTo(new ReferencePeriod(YearMonth.of(2020, 4),
        YearMonth.of(2021, 3)));
    assertThat(rule.at(YearMonth.of(2022, 12)).label()).isEqualTo("Apr20–Mar21");
    assertThat(rule.at(YearMonth.of(2022, 12)).code()).isEqualTo("2020-04/2021-03");
    assertThat(new ReferencePeriodRule(3, 1, Optional.empty()).at(YearMonth.of(2022, 12)).label()).isEqualTo("Sep22");
  }

  @Test
  void aFigureNotYetPublishedSaysWhenItIsExpectedAndTheLatestPublishedOneStands() {
    // No March 2023 figure: it is published in May, after the pack's month.
    IndicatorResult march = calculate(REOFFENDING, COHORTS, "2023-03");
    assertThat(march.months().get(2).figure()).isEmpty();
    assertThat(march.months().get(2).expectedIn()).contains(YearMonth.of(2023, 5));
    // The outturn is December's, the latest published: 8 + 7 + 6 + 5 = 26 / 160 = 16.25% → 16.3%
    assertThat(printed(march.yearToDate())).isEqualTo("16.3 (Apr20–Mar21)");
    assertThat(printed(march.latest())).isEqualTo("16.3 (Apr20–Mar21)");
    // 2021/22's outturn is March 2022's figure: 9 + 8 + 9 + 8 = 34 / 160 = 21.25% → 21.3%, describing Jul19–Jun20
    assertThat(printed(march.previousYear())).isEqualTo("21.3 (Jul19–Jun20)");
    assertThat(march.dataNotes()).extracting(FigureNote::detail)
        .contains("Q4 2022/23 figure not published yet: expected in May 2023");
  }

  @Test
  void dotYearOnYearComparesTheSameMonthsAYearEarlier() {
    IndicatorResult march = calculate(REOFFENDING, COHORTS, "2023-03");
    // December 2022's 16.3% (Apr20–Mar21) against December 2021's 10 + 9 + 8 + 9 = 36 / 160 = 22.5%
    // (Apr19–Mar20), not against the previous-year column's March 2022 figure (21.3%, Jul19–Jun20).
    DirectionOfTravel dot = march.yearDirection().orElseThrow();
    assertThat(dot.direction()).isEqualTo(Direction.DOWN);
    assertThat(dot.from()).isEqualByComparingTo("22.5");
    assertThat(dot.basis()).startsWith("the same months a year earlier (Apr19–Mar20)");
  }

  @Test
  void withoutALikePeriodTheYearOnYearDotIsWithheldAndSaysWhichMonthsItLacks() {
    Series late = series("reoffending").ratio("2022-03", 8, 40).ratio("2022-06", 7, 40).ratio("2022-09", 6, 40)
        .ratio("2022-12", 5, 40).build();
    IndicatorResult march = calculate(REOFFENDING, late, "2023-03");
    assertThat(march.yearDirection()).isEmpty();
    assertThat(march.judgements().yearDot().reason())
        .isEqualTo("no figure for the same months a year earlier (Apr19–Mar20) to compare with");
  }

  @Test
  void onceItsPublicationMonthHasPassedAMissingFigureIsMissingNotExpected() {
    // In June 2023 (six columns, Jan–Jun) the March figure was due in May: a gap like any other, noted as
    // missing. June's own figure is not due until August.
    IndicatorResult june = calculate(REOFFENDING, COHORTS, "2023-06", 6);
    assertThat(june.months().get(2).expectedIn()).isEmpty();
    assertThat(june.months().get(5).expectedIn()).contains(YearMonth.of(2023, 8));
    assertThat(june.dataNotes()).extracting(FigureNote::detail).anyMatch(d -> d.contains("no figure for Q4 2022/23"));
  }

  @Test
  void monthsTheExtractRowsGiveOverrideTheDefinitionsRule() {
    // The rule says 21 months; the rows say which cohorts each quarter's figure followed, as published.
    List<Observation> rows = List.of(
        row("2022-03", 8, "2019-04", "2019-06"), row("2022-06", 7, "2019-07", "2019-09"),
        row("2022-09", 6, "2019-10", "2019-12"), row("2022-12", 5, "2020-01", "2020-03"));
    Series given = SeriesAssembler.assemble(rows).get(new SeriesKey("reoffending", ""));
    IndicatorResult march = calculate(REOFFENDING, given, "2023-03");
    // the rolling year's four rows describe April 2019 to March 2020 between them: 26 / 160 = 16.3%
    assertThat(printed(march.yearToDate())).isEqualTo("16.3 (Apr19–Mar20)");
  }

  private static Observation row(String period, long reoffenders, String first, String last) {
    return new Observation("reoffending", "", YearMonth.parse(period), null, BigDecimal.valueOf(reoffenders),
        BigDecimal.valueOf(40), new SourceRef("extract.csv", 2, Indicators.EXTRACTED),
        Optional.of(new ReferencePeriod(YearMonth.parse(first), YearMonth.parse(last))));
  }

  @Test
  void aReferencePeriodCannotEndBeforeItStarts() {
    assertThatThrownBy(() -> new ReferencePeriod(YearMonth.of(2022, 9), YearMonth.of(2021, 10)))
        .hasMessageContaining("cannot start");
    assertThatThrownBy(() -> new ReferencePeriodRule(-1, 12, Optional.empty())).hasMessageContaining("lag");
  }

  @Test
  void aLineWithoutAReferencePeriodPrintsItsFiguresAsBefore() {
    IndicatorDefinition plain = new IndicatorDefinition("reoffending", "Re-offending", Unit.PERCENT, Polarity.LOW,
        Timeline.QUARTERLY, Behaviour.ROLLING_12_MONTHS, YearKind.FINANCIAL, 1, Map.of(), Optional.empty(),
        Optional.empty(), Map.of(), List.of());
    IndicatorResult march = calculate(plain, COHORTS, "2023-03");
    assertThat(march.yearToDate()).isEmpty();
    assertThat(march.months().get(2).expectedIn()).isEmpty();
    assertThat(printed(march.previousYear())).isEqualTo("21.3");
  }
}
