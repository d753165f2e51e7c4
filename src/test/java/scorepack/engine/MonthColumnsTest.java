package scorepack.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static scorepack.engine.Indicators.calculate;
import static scorepack.engine.Indicators.definition;
import static scorepack.engine.Indicators.n;
import static scorepack.engine.Indicators.series;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/** Issue 14, point 9: the template's month_columns decides the months calculated, 1 to 12. */
class MonthColumnsTest {
  private static final IndicatorDefinition LAC = definition("lac", Unit.COUNT, Polarity.INFO, Behaviour.SNAPSHOT);

  /** A count for every month of 2022, ending with the July to September figures. */
  private static final Series SERIES = series("lac").count("2022-01", 570).count("2022-02", 571)
      .count("2022-03", 569).count("2022-04", 566).count("2022-05", 561).count("2022-06", 560)
      .count("2022-07", 564).count("2022-08", 556).count("2022-09", 555).count("2022-10", 555)
      .count("2022-11", 565).count("2022-12", 551).build();

  @Test
  void oneColumnIsTheReportingMonthAlone() {
    IndicatorResult r = calculate(LAC, SERIES, "2022-12", 1);
    assertThat(r.months()).extracting(PeriodFigure::month).containsExactly(YearMonth.of(2022, 12));
    assertThat(r.months().get(0).figure().orElseThrow().value()).isEqualByComparingTo("551");
  }

  @Test
  void sixColumnsShowJulyToDecemberWithTheirFigures() {
    // The example: with month_columns: 6, July to September printed "-" though the extracts hold them.
    IndicatorResult r = calculate(LAC, SERIES, "2022-12", 6);
    assertThat(r.months()).extracting(PeriodFigure::month).containsExactly(YearMonth.of(2022, 7),
        YearMonth.of(2022, 8), YearMonth.of(2022, 9), YearMonth.of(2022, 10), YearMonth.of(2022, 11),
        YearMonth.of(2022, 12));
    assertThat(r.months()).extracting(p -> p.figure().map(Figure::value).orElse(null))
        .usingElementComparator(BigDecimal::compareTo)
        .containsExactly(n("564"), n("556"), n("555"), n("555"), n("565"), n("551"));
  }

  @Test
  void twelveColumnsReachBackAcrossTheYearEnd() {
    IndicatorResult r = calculate(LAC, SERIES, "2022-12", 12);
    assertThat(r.months()).hasSize(12);
    assertThat(r.months().get(0).month()).isEqualTo(YearMonth.of(2022, 1));
    assertThat(r.months().get(0).figure().orElseThrow().value()).isEqualByComparingTo("570");
  }

  @Test
  void aRevisionIsNotedOnlyInTheMonthsPrinted() {
    Series s = series("lac").add("2022-08", null, n("550"), null, "2022-09-05-a.csv", LocalDate.of(2022, 9, 5))
        .add("2022-08", null, n("556"), null, "2022-10-04-b.csv", LocalDate.of(2022, 10, 4))
        .countEveryMonth("2022-09", "2022-12", 550).build();
    assertThat(calculate(LAC, s, "2022-12", 3).dataNotes()).noneMatch(note -> note.detail().contains("Aug 2022 revised"));
    assertThat(calculate(LAC, s, "2022-12", 6).dataNotes()).anyMatch(note -> note.detail().contains("Aug 2022 revised"));
  }

  @Test
  void aTemplateMayAskForOneToTwelve() {
    assertThat(new MonthColumns(YearMonth.of(2023, 3), 12).first()).isEqualTo(YearMonth.of(2022, 4));
    assertThat(new MonthColumns(YearMonth.of(2023, 3), 3).describe()).isEqualTo("Jan 2023 to Mar 2023");
    assertThatThrownBy(() -> new MonthColumns(YearMonth.of(2023, 3), 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new MonthColumns(YearMonth.of(2023, 3), 13))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
