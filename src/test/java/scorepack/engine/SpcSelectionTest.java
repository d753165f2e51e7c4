package scorepack.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static scorepack.engine.Indicators.series;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Which figures an indicator's process-control chart reads (issue 14, point 11): a baseline that
 * stays where docs/rules.md says, a rebase the definition sets, and no chart for cumulative lines.
 */
class SpcSelectionTest {
  private static final YearMonth START = YearMonth.of(2020, 4);

  /**
   * Apr 2020–Mar 2021 alternate 9 and 11 (mean 10, every moving range 2, limits 10 ± 5.32 = 4.68 to
   * 15.32); from Apr 2021 the months alternate 11 and 13 (mean 12, limits 6.68 to 17.32), above the
   * old mean but never beyond two thirds of the way to the old upper limit (13.55).
   */
  private static Series shifted(int months) {
    Indicators.SeriesBuilder s = series("c");
    for (int i = 0; i < months; i++) {
      s.count(START.plusMonths(i).toString(), i < 12 ? (i % 2 == 0 ? 9 : 11) : (i % 2 == 0 ? 11 : 13));
    }
    return s.build();
  }

  private static IndicatorDefinition count(Behaviour behaviour, SpcPlan plan) {
    IndicatorDefinition d = Indicators.definition("c", Unit.COUNT, Polarity.HIGH, behaviour);
    return new IndicatorDefinition(d.id(), d.title(), d.unit(), d.polarity(), d.timeline(), d.behaviour(),
        d.yearKind(), d.decimals(), d.tolerances(), d.newMeasureFrom(), d.population(), d.previousYearOutturns(),
        d.breakdowns(), plan);
  }

  private static SpcPlan rebasedAt(String... months) {
    TreeSet<YearMonth> rebases = new TreeSet<>();
    for (String m : months) {
      rebases.add(YearMonth.parse(m));
    }
    return new SpcPlan(SpcSettings.defaults(), rebases);
  }

  private static SpcResult spc(IndicatorDefinition def, Series s, String month) {
    return Indicators.calculate(def, s, month).spc().orElseThrow();
  }

  @Test
  void theBaselineStaysFixedAsLaterFiguresArrive() {
    IndicatorDefinition def = count(Behaviour.SNAPSHOT, SpcPlan.defaults());
    for (String month : List.of("2022-03", "2022-11", "2023-03")) {
      SpcResult r = spc(def, shifted(36), month);
      assertThat(r.mean()).as(month).isEqualByComparingTo("10");
      assertThat(r.lowerLimit()).as(month).isEqualByComparingTo("4.68");
      assertThat(r.upperLimit()).as(month).isEqualByComparingTo("15.32");
      assertThat(r.baselineWords()).as(month).contains("baseline Apr 2020 to Mar 2021");
      assertThat(r.span().orElseThrow().first()).isEqualTo(START);
      assertThat(r.span().orElseThrow().last()).isEqualTo(YearMonth.parse(month));
    }
    // March 2023: every month since April 2021 is above the mean of 10, and so is March 2021's 11: a shift
    // of 25 points. A chart
    // of the last 24 months with limits from its first 12 would have taken its mean from the new level.
    SpcResult march = spc(def, shifted(36), "2023-03");
    assertThat(march.figures()).hasSize(36);
    assertThat(march.variation()).isEqualTo(Variation.IMPROVEMENT);
    assertThat(march.describe(Unit.COUNT, 0)).isEqualTo("Special cause improvement: the last 25 points are above"
        + " the mean of 10 (limits 5 to 15, from the baseline Apr 2020 to Mar 2021).");
  }

  @Test
  void aRebaseStartsTheChartAndItsBaselineAfresh() {
    IndicatorDefinition def = count(Behaviour.SNAPSHOT, rebasedAt("2021-04"));
    SpcResult r = spc(def, shifted(36), "2023-03");
    // Apr 2021–Mar 2022 alternate 11 and 13: mean 12, moving ranges 2, limits 12 ± 5.32.
    assertThat(r.figures()).hasSize(24);
    assertThat(r.mean()).isEqualByComparingTo("12");
    assertThat(r.lowerLimit()).isEqualByComparingTo("6.68");
    assertThat(r.upperLimit()).isEqualByComparingTo("17.32");
    assertThat(r.variation()).isEqualTo(Variation.COMMON);
    assertThat(r.span().orElseThrow().rebased()).isTrue();
    assertThat(r.describe(Unit.COUNT, 0)).isEqualTo("Common cause variation: no special cause on the latest point"
        + " (mean 12, limits 7 to 17, from the rebased baseline Apr 2021 to Mar 2022).");
  }

  @Test
  void theLatestRebaseAtOrBeforeThePeriodCounts() {
    IndicatorDefinition def = count(Behaviour.SNAPSHOT, rebasedAt("2021-04", "2024-01"));
    // 2024-01 is after March 2023, so April 2021 is the rebase in force.
    assertThat(spc(def, shifted(36), "2023-03").span().orElseThrow().first()).isEqualTo(YearMonth.of(2021, 4));
    // Before April 2021 the rebase is not yet in force: the chart starts with the figures.
    assertThat(spc(def, shifted(36), "2021-03").span().orElseThrow().rebased()).isFalse();
  }

  @Test
  void tooFewPointsSinceARebaseGiveNoChart() {
    IndicatorDefinition def = count(Behaviour.SNAPSHOT, rebasedAt("2022-06"));
    // June 2022 to March 2023 is ten months, fewer than the twelve a chart needs.
    assertThat(Indicators.calculate(def, shifted(36), "2023-03").spc()).isEmpty();
    assertThat(spc(def, shifted(38), "2023-05").figures()).hasSize(12);
  }

  @Test
  void aMonthWithoutAFigureStartsTheChartAfterIt() {
    Indicators.SeriesBuilder s = series("c");
    for (int i = 0; i < 30; i++) {
      if (i != 5) {
        s.count(START.plusMonths(i).toString(), i % 2 == 0 ? 9 : 11);
      }
    }
    SpcResult r = spc(count(Behaviour.SNAPSHOT, SpcPlan.defaults()), s.build(), "2022-09");
    assertThat(r.span().orElseThrow().first()).isEqualTo(YearMonth.of(2020, 10));
    assertThat(r.baselineWords()).contains("baseline Oct 2020 to Sep 2021");
  }

  @Test
  void aQuarterlyChartStartsWithTheFirstQuarterEndingAfterTheRebase() {
    IndicatorDefinition q = Indicators.definition("c", Unit.COUNT, Polarity.HIGH, Behaviour.SNAPSHOT,
        Timeline.QUARTERLY, Map.of());
    IndicatorDefinition def = new IndicatorDefinition(q.id(), q.title(), q.unit(), q.polarity(), q.timeline(),
        q.behaviour(), q.yearKind(), q.decimals(), q.tolerances(), q.newMeasureFrom(), q.population(),
        q.previousYearOutturns(), q.breakdowns(), rebasedAt("2020-05"));
    Indicators.SeriesBuilder s = series("c");
    for (int i = 0; i < 16; i++) {
      s.count(YearMonth.of(2020, 3).plusMonths(3L * i).toString(), i % 2 == 0 ? 9 : 11);
    }
    // Quarters end Mar 2020, Jun 2020, …, Dec 2023; the rebase in May 2020 starts the chart at Jun 2020.
    SpcResult r = spc(def, s.build(), "2023-12");
    assertThat(r.span().orElseThrow().first()).isEqualTo(YearMonth.of(2020, 6));
    assertThat(r.figures()).hasSize(15);
    assertThat(r.baselineWords()).contains("rebased baseline Jun 2020 to Mar 2023");
  }

  @Test
  void issue14CumulativeLinesHaveNoProcessControl() {
    // Pure monthly noise: 10 cases a month taking 500 or 520 days in turn. Its year-to-date averages
    // and rolling sums drift smoothly, which an XmR chart would read as trends and shifts.
    Indicators.SeriesBuilder s = series("c");
    for (int i = 0; i < 36; i++) {
      s.ratio(START.plusMonths(i).toString(), i % 2 == 0 ? 5000 : 5200, 10);
    }
    for (Behaviour cumulative : List.of(Behaviour.YEAR_TO_DATE_AVERAGE, Behaviour.ROLLING_12_MONTHS)) {
      IndicatorDefinition def = Indicators.definition("c", Unit.AVERAGE, Polarity.LOW, cumulative,
          Timeline.MONTHLY, Indicators.tolerances(Polarity.LOW, "487", null));
      IndicatorResult r = Indicators.calculate(def, s.build(), "2022-12");
      assertThat(r.latest()).as(cumulative.name()).isPresent();
      assertThat(r.spc()).as(cumulative.name()).isEmpty();
      assertThat(cumulative.withoutProcessControl()).isPresent();
    }
    IndicatorDefinition monthly = Indicators.definition("c", Unit.AVERAGE, Polarity.LOW, Behaviour.RATIO);
    assertThat(Indicators.calculate(monthly, s.build(), "2022-12").spc()).hasValueSatisfying(spc -> {
      assertThat(spc.mean()).isEqualByComparingTo("510");
      assertThat(spc.variation()).isEqualTo(Variation.COMMON);
    });
  }

  @Test
  void issue14TargetIsNeverConsistentlyMetBesideARed() {
    // Low is good, target 487. A year of 400 and 420 days in turn: mean 410, moving ranges 20, limits
    // 410 ± 53.2 = 356.8 to 463.2, all below 487, so the limits alone say "consistently met". Then
    // six months of 534 to 567 days: each Red.
    Indicators.SeriesBuilder s = series("c");
    int[] recent = {534, 540, 549, 556, 567, 552};
    for (int i = 0; i < 18; i++) {
      s.ratio(START.plusMonths(i).toString(), i < 12 ? (i % 2 == 0 ? 400 : 420) : recent[i - 12], 1);
    }
    IndicatorDefinition def = Indicators.definition("c", Unit.AVERAGE, Polarity.LOW, Behaviour.SNAPSHOT,
        Timeline.MONTHLY, Indicators.tolerances(Polarity.LOW, "487", null));
    IndicatorResult r = Indicators.calculate(def, s.build(), "2021-09");
    assertThat(r.monthRag()).contains(Rag.RED);
    SpcResult spc = r.spc().orElseThrow();
    assertThat(spc.upperLimit()).isEqualByComparingTo("463.2");
    assertThat(spc.assurance()).contains(Assurance.NOT_ASSESSED);
    assertThat(spc.describe(Unit.AVERAGE, 1)).endsWith("the target of 487 is not assessed, as the line's own"
        + " rating contradicts the limits.").doesNotContain("consistently met");
    // In the baseline's own last month, March 2021 (420, Green), the limits' claim stands.
    assertThat(Indicators.calculate(def, s.build(), "2021-03").spc().orElseThrow().assurance())
        .contains(Assurance.PASS);
  }
}
