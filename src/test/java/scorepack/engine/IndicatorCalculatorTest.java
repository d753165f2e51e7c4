package scorepack.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static scorepack.engine.Indicators.calculate;
import static scorepack.engine.Indicators.definition;
import static scorepack.engine.Indicators.n;
import static scorepack.engine.Indicators.series;
import static scorepack.engine.Indicators.tolerances;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class IndicatorCalculatorTest {
  private static BigDecimal value(Optional<Figure> f) {
    return f.orElseThrow().value();
  }

  private static BigDecimal oneDecimal(Optional<Figure> f) {
    return value(f).setScale(1, RoundingMode.HALF_UP);
  }

  @Test
  void flowYearToDateSumsTheMonthsSinceApril() {
    IndicatorDefinition admissions = definition("admissions", Unit.COUNT, Polarity.INFO, Behaviour.FLOW);
    Series s = series("admissions").count("2022-03", 99)
        .count("2022-04", 20).count("2022-05", 15).count("2022-06", 12).build();
    IndicatorResult r = calculate(admissions, s, "2022-06");
    assertThat(value(r.yearToDate())).isEqualByComparingTo("47"); // 20 + 15 + 12; March belongs to 2021/22
    assertThat(r.yearToDate().orElseThrow().rule()).contains("20 + 15 + 12 = 47");
    assertThat(r.outturn()).isFalse();
  }

  @Test
  void aMissingMonthBlanksTheYearToDateWithANote() {
    IndicatorDefinition admissions = definition("admissions", Unit.COUNT, Polarity.INFO, Behaviour.FLOW);
    Series s = series("admissions").count("2022-04", 20).count("2022-06", 12).build();
    IndicatorResult r = calculate(admissions, s, "2022-06");
    assertThat(r.yearToDate()).isEmpty();
    assertThat(r.dataNotes()).anyMatch(n -> n.detail().contains("no figure for May 2022"));
    assertThat(r.months().get(1).figure()).isEmpty();
    assertThat(r.monthDirection()).isEmpty();
  }

  @Test
  void ratioYearToDateIsTheRatioOfSumsNotTheMeanOfPercentages() {
    IndicatorDefinition reviews = definition("reviews", Unit.PERCENT, Polarity.HIGH, Behaviour.RATIO);
    // April 9/10 = 90%, May 1/2 = 50%: the mean of the months is 70%, the year to date 10/12 = 83.3%.
    Series s = series("reviews").ratio("2022-04", 9, 10).ratio("2022-05", 1, 2).build();
    IndicatorResult r = calculate(reviews, s, "2022-05");
    assertThat(oneDecimal(r.yearToDate())).isEqualByComparingTo("83.3");
    assertThat(r.yearToDate().orElseThrow().rule()).contains("10 / 12");
  }

  @Test
  void snapshotHasNoYearToDateUntilTheOutturn() {
    IndicatorDefinition lac = definition("lac", Unit.COUNT, Polarity.INFO, Behaviour.SNAPSHOT);
    Series s = series("lac").countEveryMonth("2022-04", "2023-02", 560).count("2023-03", 551).build();
    assertThat(calculate(lac, s, "2022-12").yearToDate()).isEmpty();
    IndicatorResult march = calculate(lac, s, "2023-03");
    assertThat(march.outturn()).isTrue();
    assertThat(value(march.yearToDate())).isEqualByComparingTo("551");
  }

  @Test
  void rollingTwelveMonthsCrossesTheYearBoundary() {
    IndicatorDefinition moves = definition("moves", Unit.PERCENT, Polarity.LOW, Behaviour.ROLLING_12_MONTHS);
    // Jan 2022 to Dec 2022: 11 months of 5/100 and Dec 17/100 → 72/1200 = 6.0%.
    Series s = series("moves").ratioEveryMonth("2021-12", "2022-11", 5, 100).ratio("2022-12", 17, 100).build();
    IndicatorResult r = calculate(moves, s, "2022-12");
    assertThat(oneDecimal(r.latest())).isEqualByComparingTo("6.0");
    assertThat(r.latest().orElseThrow().sources()).hasSize(12);
    // Nov 2022's window starts Dec 2021: 12 × 5/100 = 5.0%.
    assertThat(oneDecimal(r.months().get(1).figure())).isEqualByComparingTo("5.0");
    // Oct 2022's window would need Nov 2021, which is missing.
    assertThat(r.months().get(0).figure()).isEmpty();
    assertThat(r.yearToDate()).isEmpty();
  }

  @Test
  void yearToDateAverageIsWeightedByCasesAndRestartsInApril() {
    IndicatorDefinition days = definition("days", Unit.AVERAGE, Polarity.LOW, Behaviour.YEAR_TO_DATE_AVERAGE);
    Series s = series("days").ratio("2023-03", 9000, 10)
        .ratio("2023-04", 1000, 2).ratio("2023-05", 300, 1).build();
    IndicatorResult r = calculate(days, s, "2023-05");
    // April: 1000/2 = 500.0; May: (1000 + 300) / (2 + 1) = 433.3, not the mean of 500 and 300.
    assertThat(oneDecimal(r.months().get(1).figure())).isEqualByComparingTo("500.0");
    assertThat(oneDecimal(r.latest())).isEqualByComparingTo("433.3");
    assertThat(r.monthDirection().orElseThrow().judgement()).isEqualTo(Judgement.IMPROVING);
  }

  @Test
  void aMonthWithNoCasesAddsNothingToAYearToDateAverage() {
    // Issue 18: documented in docs/rules.md. A 0/0 month adds no days and no cases.
    IndicatorDefinition days = definition("days", Unit.AVERAGE, Polarity.LOW, Behaviour.YEAR_TO_DATE_AVERAGE);
    Series s = series("days").ratio("2023-04", 0, 0).ratio("2023-05", 1000, 2).ratio("2023-06", 0, 0).build();
    IndicatorResult r = calculate(days, s, "2023-06");
    // April: 0/0, no case yet, so no average ('-'); May: 1000/2 = 500.0; June: (1000 + 0) / (2 + 0) = 500.0.
    assertThat(r.months().get(0).figure()).isEmpty();
    assertThat(oneDecimal(r.months().get(1).figure())).isEqualByComparingTo("500.0");
    assertThat(oneDecimal(r.latest())).isEqualByComparingTo("500.0");
  }

  @Test
  void ratePerTenThousandUsesThePopulationOfTheReportingYear() {
    IndicatorDefinition rate = definition("rate", Unit.RATE_PER_10000, Polarity.LOW, Behaviour.SNAPSHOT);
    Series s = series("rate").count("2022-03", 562).count("2022-11", 565).count("2022-12", 551).build();
    IndicatorResult r = calculate(rate, s, "2022-12");
    assertThat(oneDecimal(r.latest())).isEqualByComparingTo("95.9"); // 551 / 57,460 × 10,000 = 95.89
    assertThat(oneDecimal(r.previousYear())).isEqualByComparingTo("97.8"); // 562 / 57,470 (mid-2021)
    assertThat(r.latest().orElseThrow().rule()).contains("551 / 57460");
  }

  @Test
  void aRevisedPopulationEstimateIsUsedFromTheMonthItIsDatedFrom() {
    Populations populations = Populations.builder().add("children", 2022, n("57460"))
        .add("children", 2022, n("56367"), Optional.of(YearMonth.of(2023, 1))).build();
    ReportingYear year = ReportingYear.containing(YearMonth.of(2022, 12), YearKind.FINANCIAL);
    assertThat(populations.estimateFor("children", year, YearMonth.of(2022, 12)).orElseThrow().count())
        .isEqualByComparingTo("57460");
    assertThat(populations.estimateFor("children", year, YearMonth.of(2023, 1)).orElseThrow().count())
        .isEqualByComparingTo("56367");
    // A later year's undated estimate still wins over an earlier year's revision.
    Populations later = Populations.builder().add("children", 2022, n("56367"), Optional.of(YearMonth.of(2023, 1)))
        .add("children", 2023, n("56000")).build();
    assertThat(later.estimateFor("children", ReportingYear.containing(YearMonth.of(2023, 6), YearKind.FINANCIAL),
        YearMonth.of(2023, 6)).orElseThrow().count()).isEqualByComparingTo("56000");
  }

  @Test
  void ratesPerThousandAndPerHundredThousandScaleTheSameCount() {
    IndicatorDefinition perThousand = definition("rate", Unit.RATE_PER_1000, Polarity.LOW, Behaviour.SNAPSHOT);
    IndicatorDefinition perHundredThousand =
        definition("rate", Unit.RATE_PER_100000, Polarity.LOW, Behaviour.SNAPSHOT);
    Series s = series("rate").count("2022-11", 60).count("2022-12", 62).build();
    // 62 / 57,460 children = 1.079 per 1,000 and 107.9 per 100,000.
    assertThat(oneDecimal(calculate(perThousand, s, "2022-12").latest())).isEqualByComparingTo("1.1");
    IndicatorResult r = calculate(perHundredThousand, s, "2022-12");
    assertThat(oneDecimal(r.latest())).isEqualByComparingTo("107.9");
    assertThat(r.latest().orElseThrow().rule()).contains("count / population × 100,000 = 62 / 57460");
  }

  @Test
  void processControlSignalsNeedTwelveUnbrokenPeriodsAndJudgeTheLatest() {
    IndicatorDefinition count = definition("c", Unit.COUNT, Polarity.HIGH, Behaviour.SNAPSHOT);
    // Twelve months alternating 10 and 12 (mean 11, average moving range 2, limits 5.68 to 16.32),
    // then a thirteenth month of 20: above the upper limit, a special cause improvement.
    Indicators.SeriesBuilder s = series("c");
    YearMonth m = YearMonth.of(2021, 12);
    for (int i = 0; i < 12; i++, m = m.plusMonths(1)) {
      s.count(m.toString(), i % 2 == 0 ? 10 : 12);
    }
    s.count(m.toString(), 20);
    IndicatorResult r = calculate(count, s.build(), m.toString());
    assertThat(r.spc()).hasValueSatisfying(spc -> {
      assertThat(spc.mean()).isEqualByComparingTo("11");
      assertThat(spc.upperLimit()).isEqualByComparingTo("16.32");
      assertThat(spc.variation()).isEqualTo(Variation.IMPROVEMENT);
    });
    // Eleven periods are too few.
    assertThat(calculate(count, s.build(), m.minusMonths(2).toString()).spc()).isEmpty();
  }

  @Test
  void zeroDenominatorGivesNoFigureAndANote() {
    IndicatorDefinition p = definition("p", Unit.PERCENT, Polarity.HIGH, Behaviour.SNAPSHOT);
    Series s = series("p").ratio("2022-11", 5, 10).ratio("2022-12", 0, 0).build();
    IndicatorResult r = calculate(p, s, "2022-12");
    assertThat(r.latest()).isEmpty();
    assertThat(r.monthRag()).isEmpty();
    assertThat(r.dataNotes()).anyMatch(n -> n.detail().contains("denominator is zero"));
  }

  @Test
  void ragIsJudgedOnTheLatestMonthAndTheYearOnTheYearToDate() {
    // The seed's 4.7: Dec 97.3% is green although the year to date 92.2% is amber.
    IndicatorDefinition reviews = definition("reviews", Unit.PERCENT, Polarity.HIGH, Behaviour.RATIO,
        Timeline.MONTHLY, tolerances(Polarity.HIGH, "95", "87"));
    Series s = series("reviews").ratioEveryMonth("2022-04", "2022-11", 92, 100).ratio("2022-12", 973, 1000).build();
    IndicatorResult r = calculate(reviews, s, "2022-12");
    assertThat(r.monthRag()).contains(Rag.GREEN);
    assertThat(r.yearRag()).contains(Rag.AMBER);
    assertThat(r.monthDirection().orElseThrow().direction()).isEqualTo(Direction.UP);
  }

  @Test
  void aRatingAloneHasTheLinesFiguresAndJudgementsButNoTrendOrProcessControl() {
    // The reviews of ragIsJudgedOnTheLatestMonthAndTheYearOnTheYearToDate, a year longer so that
    // the line has a process-control chart: eight months of 92% and Dec 97.3%, after a year of 90%.
    IndicatorDefinition reviews = definition("reviews", Unit.PERCENT, Polarity.HIGH, Behaviour.RATIO,
        Timeline.MONTHLY, tolerances(Polarity.HIGH, "95", "87"));
    Series s = series("reviews").ratioEveryMonth("2021-04", "2022-03", 90, 100)
        .ratioEveryMonth("2022-04", "2022-11", 92, 100).ratio("2022-12", 973, 1000).build();
    IndicatorResult whole = calculate(reviews, s, "2022-12");
    IndicatorResult rating = Indicators.rate(reviews, s, "2022-12");
    assertThat(rating.monthRag()).contains(Rag.GREEN);
    assertThat(rating.yearRag()).contains(Rag.AMBER);
    assertThat(rating.monthDirection().orElseThrow().direction()).isEqualTo(Direction.UP);
    assertThat(oneDecimal(rating.latest())).isEqualByComparingTo("97.3");
    // The year to date is the ratio of the sums: (8 × 92 + 973) / (8 × 100 + 1,000) = 1,709 / 1,800.
    assertThat(oneDecimal(rating.yearToDate())).isEqualByComparingTo("94.9");
    assertThat(rating.months()).isEqualTo(whole.months());
    assertThat(rating.judgements()).isEqualTo(whole.judgements());
    assertThat(whole.trend()).hasSize(24);
    assertThat(whole.spc()).isPresent();
    assertThat(whole.quarters()).hasSize(2);
    assertThat(rating.trend()).isEmpty();
    assertThat(rating.spc()).isEmpty();
    assertThat(rating.quarters()).isEmpty();
  }

  @Test
  void ragBoundaryIsJudgedAtDisplayPrecision() {
    IndicatorDefinition p = definition("p", Unit.PERCENT, Polarity.HIGH, Behaviour.SNAPSHOT, Timeline.MONTHLY,
        tolerances(Polarity.HIGH, "95", "87"));
    // 1899/2000 = 94.95% prints as 95.0%: green, as the reader would judge it.
    IndicatorResult r = calculate(p, series("p").ratio("2022-12", 1899, 2000).build(), "2022-12");
    assertThat(r.monthRag()).contains(Rag.GREEN);
  }

  @Test
  void previousYearComesFromTheExtractsThenFromTheDefinition() {
    IndicatorDefinition flow = new IndicatorDefinition("f", "f", Unit.COUNT, Polarity.INFO, Timeline.MONTHLY,
        Behaviour.FLOW, YearKind.FINANCIAL, 0, Map.of(), Optional.empty(), Optional.empty(),
        Map.of(Indicators.fy(2021), n("175")), List.of());
    Series full = series("f").countEveryMonth("2021-04", "2022-03", 10).count("2022-04", 3).build();
    assertThat(value(calculate(flow, full, "2022-04").previousYear())).isEqualByComparingTo("120");
    Series partial = series("f").countEveryMonth("2021-06", "2022-04", 10).build();
    IndicatorResult r = calculate(flow, partial, "2022-04");
    assertThat(value(r.previousYear())).isEqualByComparingTo("175");
    assertThat(r.previousYear().orElseThrow().rule()).contains("reference value");
  }

  @Test
  void aMeasureNewThisYearSaysSoInsteadOfLastYear() {
    IndicatorDefinition uasc = new IndicatorDefinition("u", "u", Unit.COUNT, Polarity.INFO, Timeline.MONTHLY,
        Behaviour.SNAPSHOT, YearKind.FINANCIAL, 0, Map.of(), Optional.of(Indicators.fy(2022)), Optional.empty(),
        Map.of(), List.of());
    IndicatorResult r = calculate(uasc, series("u").countEveryMonth("2021-04", "2022-12", 40).build(), "2022-12");
    assertThat(r.newMeasureText()).contains("New measure 2022/23");
    assertThat(r.previousYear()).isEmpty();
    assertThat(r.yearDirection()).isEmpty();
  }

  @Test
  void theLaterExtractWinsAndTheRevisionIsNoted() {
    IndicatorDefinition lac = definition("lac", Unit.COUNT, Polarity.INFO, Behaviour.SNAPSHOT);
    Series s = series("lac").add("2022-11", null, n("560"), null, "2022-12-06-a.csv", LocalDate.of(2022, 12, 6))
        .add("2022-11", null, n("565"), null, "2023-01-06-b.csv", LocalDate.of(2023, 1, 6))
        .add("2022-12", null, n("551"), null, "2023-01-06-b.csv", LocalDate.of(2023, 1, 6)).build();
    IndicatorResult r = calculate(lac, s, "2022-12");
    assertThat(value(r.months().get(1).figure())).isEqualByComparingTo("565");
    assertThat(s.superseded()).hasSize(1);
    assertThat(r.dataNotes()).anyMatch(n -> n.detail().contains("Nov 2022 revised by 2023-01-06-b.csv (was 560"));
  }

  @Test
  void aRevisionCarriesBothPrintedFiguresAndKeepsFilesAndFractionsInItsDetail() {
    IndicatorDefinition pct = definition("p", Unit.PERCENT, Polarity.HIGH, Behaviour.RATIO);
    Series s = series("p").add("2023-01", null, n("68"), n("86"), "2023-02-06-a.csv", LocalDate.of(2023, 2, 6))
        .add("2023-01", null, n("69"), n("86"), "2023-03-06-b.csv", LocalDate.of(2023, 3, 6))
        .add("2023-02", null, n("70"), n("86"), "2023-03-06-b.csv", LocalDate.of(2023, 3, 6)).build();
    FigureNote.Revised note = (FigureNote.Revised) calculate(pct, s, "2023-02").dataNotes().stream()
        .filter(FigureNote.Revised.class::isInstance).findFirst().orElseThrow();
    assertThat(note.month()).isEqualTo(YearMonth.of(2023, 1));
    // 68 / 86 = 79.069...%, 69 / 86 = 80.232...%
    assertThat(note.was().orElseThrow()).isCloseTo(new BigDecimal("79.0698"), within(new BigDecimal("0.0001")));
    assertThat(note.now().orElseThrow()).isCloseTo(new BigDecimal("80.2326"), within(new BigDecimal("0.0001")));
    assertThat(note.detail()).isEqualTo("Jan 2023 revised by 2023-03-06-b.csv (was 68/86 in 2023-02-06-a.csv, now 69/86)");
  }

  @Test
  void aQuarterlyIndicatorComparesWithThePreviousQuarter() {
    IndicatorDefinition q = definition("q", Unit.COUNT, Polarity.LOW, Behaviour.FLOW, Timeline.QUARTERLY, Map.of());
    Series s = series("q").count("2022-06", 30).count("2022-09", 25).count("2022-12", 27).build();
    IndicatorResult r = calculate(q, s, "2023-01");
    assertThat(r.months()).extracting(p -> p.figure().isPresent()).containsExactly(false, true, false);
    assertThat(value(r.latest())).isEqualByComparingTo("27");
    assertThat(r.monthDirection().orElseThrow().basis()).isEqualTo("Q2 2022/23 → Q3 2022/23");
    assertThat(r.monthDirection().orElseThrow().judgement()).isEqualTo(Judgement.DECLINING);
    assertThat(value(r.yearToDate())).isEqualByComparingTo("82"); // 30 + 25 + 27 (Q1–Q3)
  }
}
