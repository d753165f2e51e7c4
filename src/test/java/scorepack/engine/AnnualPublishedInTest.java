package scorepack.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static scorepack.engine.Indicators.calculate;
import static scorepack.engine.Indicators.series;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Month;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Issue 15, point 4: an annual figure published part-way through its reporting year (the annual
 * NEET figure, each January) prints in the month it is published and again in the year's last month.
 */
class AnnualPublishedInTest {
  private static final IndicatorDefinition NEET = new IndicatorDefinition("neet-annual", "NEET (annual)",
      Unit.PERCENT, Polarity.LOW, Timeline.ANNUAL, Behaviour.SNAPSHOT, YearKind.FINANCIAL, 1, Map.of(),
      Optional.empty(), Optional.empty(), Map.of(), List.of(), SpcPlan.defaults(), Optional.of(Month.JANUARY),
      Optional.empty());

  // 2020/21's figure published January 2021 (255/6412 = 4.0%), 2021/22's January 2022 (228/6370 = 3.6%)
  private static final Series FIGURES = series("neet-annual").ratio("2021-01", 255, 6412).ratio("2022-01", 228, 6370)
      .build();

  private static String printed(Optional<Figure> f) {
    return f.map(x -> x.value().setScale(1, RoundingMode.HALF_UP).toPlainString()).orElse("-");
  }

  @Test
  void theFigurePrintsInTheMonthItIsPublishedAndAgainAtYearEnd() {
    IndicatorResult march = calculate(NEET, FIGURES, "2022-03");
    assertThat(march.months()).extracting(p -> printed(p.figure())).containsExactly("3.6", "-", "3.6");
    assertThat(printed(march.yearToDate())).isEqualTo("3.6");
    assertThat(march.outturn()).isTrue();
    assertThat(printed(march.previousYear())).isEqualTo("4.0");
    // 3.6% against last year's 4.0%: down
    assertThat(march.yearDirection().orElseThrow().direction()).isEqualTo(Direction.DOWN);
  }

  @Test
  void inTheMonthItIsPublishedItIsTheLatestFigure() {
    IndicatorResult january = calculate(NEET, FIGURES, "2022-01");
    assertThat(january.months()).extracting(p -> printed(p.figure())).containsExactly("-", "-", "3.6");
    assertThat(january.latest().orElseThrow().value().setScale(1, RoundingMode.HALF_UP))
        .isEqualByComparingTo(new BigDecimal("3.6"));
    // before January the latest is last year's, published January 2021
    IndicatorResult december = calculate(NEET, FIGURES, "2021-12");
    assertThat(printed(december.latest())).isEqualTo("4.0");
  }

  @Test
  void onlyAnAnnualLineHasAMonthItIsPublishedIn() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new IndicatorDefinition("x", "x", Unit.COUNT,
        Polarity.INFO, Timeline.MONTHLY, Behaviour.FLOW, YearKind.FINANCIAL, 0, Map.of(), Optional.empty(),
        Optional.empty(), Map.of(), List.of(), SpcPlan.defaults(), Optional.of(Month.JANUARY), Optional.empty()))
        .hasMessageContaining("only an annual line");
  }
}
