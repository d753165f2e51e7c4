package scorepack.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static scorepack.engine.Indicators.calculate;
import static scorepack.engine.Indicators.definition;
import static scorepack.engine.Indicators.series;
import static scorepack.engine.Indicators.tolerances;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The judgement rules (docs/rules.md, "Judgements need their figures"), worked by hand: a RAG needs
 * the figure it rates for the period its column names, a DOT both figures it compares.
 */
class JudgementRulesTest {
  private static final ReportingYear AY_2021 = new ReportingYear(YearKind.ACADEMIC, 2021);
  private static final ReportingYear AY_2022 = new ReportingYear(YearKind.ACADEMIC, 2022);

  /** An education line on the academic year, e.g. ED.6 (annual) or ED.1 (termly). */
  private static IndicatorDefinition academic(Timeline timeline, Tolerance tolerance) {
    return new IndicatorDefinition("ed", "ed", Unit.PERCENT, Polarity.HIGH, timeline, Behaviour.SNAPSHOT,
        YearKind.ACADEMIC, 1, Map.of(AY_2021, tolerance, AY_2022, tolerance), Optional.empty(), Optional.empty(),
        Map.of(), List.of());
  }

  private static MissingFigure missing(Verdict<?> v) {
    assertThat(v).isInstanceOf(Verdict.NotAvailable.class);
    return ((Verdict.NotAvailable<?>) v).missing();
  }

  @Test
  void issue14AnAnnualResultOfLastYearIsNotJudgedAgainThisYear() {
    // ED.6 in the Members pack of March 2023: the 2022 results (64.5%, dated Aug 2022) belong to
    // 2021/22; the 2022/23 results arrive in August 2023. Before issue 14 it was rated Red on 64.5%
    // and its DOT (Yr on Yr) compared 64.5% with itself while every 2022/23 column printed "-".
    IndicatorDefinition eyfs = academic(Timeline.ANNUAL, new Tolerance(Polarity.HIGH, Indicators.n("65.2"), null));
    Series s = series("ed").ratio("2021-08", 600, 1000).ratio("2022-08", 645, 1000).build();
    IndicatorResult r = calculate(eyfs, s, "2023-03");

    assertThat(r.months()).allMatch(p -> p.figure().isEmpty());
    assertThat(r.yearToDate()).isEmpty();
    Judgements j = r.judgements();
    assertThat(missing(j.monthRag())).isEqualTo(MissingFigure.CURRENT_YEAR_NOT_ARRIVED);
    assertThat(j.monthRag().reason()).isEqualTo("no 2022/23 figure yet (the latest is for 2021/22)");
    assertThat(missing(j.monthDot())).isEqualTo(MissingFigure.CURRENT_YEAR_NOT_ARRIVED);
    assertThat(missing(j.yearRag())).isEqualTo(MissingFigure.YEAR_FIGURE);
    assertThat(j.yearRag().reason()).contains("its outturn, in Aug 2023");
    assertThat(missing(j.yearDot())).isEqualTo(MissingFigure.YEAR_FIGURE);
    assertThat(r.monthRag()).isEmpty();
    assertThat(r.yearRag()).isEmpty();
  }

  @Test
  void theAnnualLineIsJudgedWhenItsResultArrives() {
    IndicatorDefinition eyfs = academic(Timeline.ANNUAL, new Tolerance(Polarity.HIGH, Indicators.n("65.2"), null));
    Series s = series("ed").ratio("2021-08", 600, 1000).ratio("2022-08", 645, 1000).ratio("2023-08", 660, 1000)
        .build();
    IndicatorResult r = calculate(eyfs, s, "2023-08");

    // 66.0% >= 65.2%: green, for the month (the year's one period) and for the outturn.
    assertThat(r.monthRag()).contains(Rag.GREEN);
    assertThat(r.yearRag()).contains(Rag.GREEN);
    assertThat(r.monthDirection().orElseThrow().basis()).isEqualTo("2021/22 → 2022/23");
    assertThat(r.monthDirection().orElseThrow().judgement()).isEqualTo(Judgement.IMPROVING);
    DirectionOfTravel year = r.yearDirection().orElseThrow();
    assertThat(year.basis()).isEqualTo("2021/22 outturn → 2022/23 outturn");
    assertThat(year.from()).isEqualByComparingTo("64.5");
    assertThat(year.to()).isEqualByComparingTo("66.0");
  }

  @Test
  void issue14ATermlySnapshotIsRatedOnItsTermButHasNoYearRatingBeforeItsOutturn() {
    // ED.1: Autumn 96.4%, Spring 90.0%; the line has no year to date, so RAG (Yr End) and DOT (Yr on
    // Yr) have no figure in March (before issue 14: Green and ↑ on the spring term's 90.0%).
    IndicatorDefinition ed1 = academic(Timeline.TERMLY,
        new Tolerance(Polarity.HIGH, Indicators.n("85"), Indicators.n("80")));
    Series s = series("ed").ratio("2022-07", 876, 1000).ratio("2022-12", 964, 1000).ratio("2023-03", 900, 1000)
        .build();
    IndicatorResult r = calculate(ed1, s, "2023-03");

    assertThat(r.monthRag()).contains(Rag.GREEN); // 90.0 >= 85
    assertThat(r.monthDirection().orElseThrow().basis()).isEqualTo("Autumn 2022 → Spring 2023");
    assertThat(r.monthDirection().orElseThrow().direction()).isEqualTo(Direction.DOWN);
    assertThat(missing(r.judgements().yearRag())).isEqualTo(MissingFigure.YEAR_FIGURE);
    assertThat(missing(r.judgements().yearDot())).isEqualTo(MissingFigure.YEAR_FIGURE);
  }

  @Test
  void aLatestPeriodOutsideThePrintedMonthsIsNotJudged() {
    // A quarterly line in November: its latest quarter ends in September.
    IndicatorDefinition q = definition("q", Unit.COUNT, Polarity.LOW, Behaviour.FLOW, Timeline.QUARTERLY,
        tolerances(Polarity.LOW, "30", null));
    Series s = series("q").count("2022-06", 30).count("2022-09", 25).build();

    IndicatorResult oneColumn = calculate(q, s, "2022-11", 1);
    assertThat(missing(oneColumn.judgements().monthRag())).isEqualTo(MissingFigure.PERIOD_NOT_PRINTED);
    assertThat(oneColumn.judgements().monthRag().reason())
        .isEqualTo("the latest figure, Q2 2022/23, is not in the period columns printed (Nov 2022)");
    assertThat(missing(oneColumn.judgements().monthDot())).isEqualTo(MissingFigure.PERIOD_NOT_PRINTED);

    IndicatorResult threeColumns = calculate(q, s, "2022-11", 3);
    assertThat(threeColumns.monthRag()).contains(Rag.GREEN); // 25 < 30
    assertThat(threeColumns.monthDirection().orElseThrow().judgement()).isEqualTo(Judgement.IMPROVING);
  }

  @Test
  void aMissingLatestFigureWithholdsBothMonthJudgements() {
    IndicatorDefinition p = definition("p", Unit.PERCENT, Polarity.HIGH, Behaviour.SNAPSHOT, Timeline.MONTHLY,
        tolerances(Polarity.HIGH, "95", "87"));
    IndicatorResult r = calculate(p, series("p").ratio("2022-11", 9, 10).build(), "2022-12");
    assertThat(missing(r.judgements().monthRag())).isEqualTo(MissingFigure.RATED_FIGURE);
    assertThat(r.judgements().monthRag().reason()).isEqualTo("no figure for Dec 2022");
    assertThat(missing(r.judgements().monthDot())).isEqualTo(MissingFigure.RATED_FIGURE);
  }

  @Test
  void aDirectionWithNoEarlierFigureIsNotAvailableWhileTheRatingStands() {
    IndicatorDefinition p = definition("p", Unit.PERCENT, Polarity.HIGH, Behaviour.SNAPSHOT, Timeline.MONTHLY,
        tolerances(Polarity.HIGH, "95", "87"));
    IndicatorResult r = calculate(p, series("p").ratio("2022-12", 96, 100).build(), "2022-12");
    assertThat(r.monthRag()).contains(Rag.GREEN);
    assertThat(missing(r.judgements().monthDot())).isEqualTo(MissingFigure.EARLIER_FIGURE);
    assertThat(r.judgements().monthDot().reason()).isEqualTo("no figure for Nov 2022 to compare with");
  }

  @Test
  void aLineWithoutTolerancesIsDueNoRatingButStillADirection() {
    IndicatorDefinition info = definition("i", Unit.COUNT, Polarity.INFO, Behaviour.SNAPSHOT);
    IndicatorResult r = calculate(info, series("i").count("2022-11", 5).count("2022-12", 7).build(), "2022-12");
    assertThat(r.judgements().monthRag()).isEqualTo(new Verdict.NotDue<Rag>("no tolerances for 2022/23"));
    assertThat(r.judgements().yearRag()).isInstanceOf(Verdict.NotDue.class);
    assertThat(r.monthDirection().orElseThrow().judgement()).isEqualTo(Judgement.HIGHER);
  }

  @Test
  void aYearToDateWithAMissingMonthWithholdsTheYearJudgements() {
    IndicatorDefinition f = definition("f", Unit.COUNT, Polarity.LOW, Behaviour.FLOW, Timeline.MONTHLY,
        tolerances(Polarity.LOW, "50", null));
    IndicatorResult r = calculate(f, series("f").count("2022-04", 10).count("2022-06", 12).build(), "2022-06");
    assertThat(missing(r.judgements().yearRag())).isEqualTo(MissingFigure.YEAR_FIGURE);
    assertThat(r.judgements().yearRag().reason())
        .isEqualTo("no 2022/23 year to date: a period of the year has no figure (see the data notes)");
    assertThat(r.monthRag()).contains(Rag.GREEN); // June's 12 < 50
  }

  @Test
  void aMeasureNewThisYearHasNoYearOnYearDirection() {
    IndicatorDefinition uasc = new IndicatorDefinition("u", "u", Unit.COUNT, Polarity.INFO, Timeline.MONTHLY,
        Behaviour.FLOW, YearKind.FINANCIAL, 0, Map.of(), Optional.of(Indicators.fy(2022)), Optional.empty(),
        Map.of(), List.of());
    IndicatorResult r = calculate(uasc, series("u").countEveryMonth("2021-04", "2022-12", 4).build(), "2022-12");
    assertThat(missing(r.judgements().yearDot())).isEqualTo(MissingFigure.EARLIER_FIGURE);
    assertThat(r.judgements().yearDot().reason()).isEqualTo("no 2021/22 outturn to compare with");
  }

  @Test
  void aSnapshotIsRatedOnItsOutturnAtYearEnd() {
    IndicatorDefinition p = definition("p", Unit.PERCENT, Polarity.HIGH, Behaviour.SNAPSHOT, Timeline.MONTHLY,
        tolerances(Polarity.HIGH, "95", "87"));
    Series s = series("p").ratio("2022-03", 90, 100).ratio("2023-02", 97, 100).ratio("2023-03", 88, 100).build();
    assertThat(missing(calculate(p, s, "2023-02").judgements().yearRag())).isEqualTo(MissingFigure.YEAR_FIGURE);
    IndicatorResult march = calculate(p, s, "2023-03");
    assertThat(march.yearRag()).contains(Rag.AMBER); // outturn 88.0: amber from 87
    assertThat(march.yearDirection().orElseThrow().basis()).isEqualTo("2021/22 outturn → 2022/23 outturn");
    assertThat(march.yearDirection().orElseThrow().judgement()).isEqualTo(Judgement.DECLINING);
  }
}
