package scorepack.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import scorepack.definition.DefinedIndicator;
import scorepack.engine.Behaviour;
import scorepack.engine.Comparators;
import scorepack.engine.IndicatorCalculator;
import scorepack.engine.IndicatorDefinition;
import scorepack.engine.IndicatorResult;
import scorepack.engine.MonthColumns;
import scorepack.engine.Observation;
import scorepack.engine.PeriodCalendar;
import scorepack.engine.Polarity;
import scorepack.engine.Populations;
import scorepack.engine.SeriesAssembler;
import scorepack.engine.SeriesKey;
import scorepack.engine.SourceRef;
import scorepack.engine.SpcPlan;
import scorepack.engine.SpcSettings;
import scorepack.engine.Timeline;
import scorepack.engine.Unit;
import scorepack.engine.YearKind;

/** A trend chart's process mean and limits name their baseline and start where the chart was rebased. */
class ChartProcessLevelsTest {
  private static final YearMonth START = YearMonth.of(2020, 4);

  /** 36 months from April 2020 alternating 9 and 11: mean 10, limits 4.68 to 15.32 from any 12 of them. */
  private static Chart chart(Behaviour behaviour, SpcPlan plan) {
    IndicatorDefinition def = new IndicatorDefinition("c", "Count", Unit.COUNT, Polarity.HIGH, Timeline.MONTHLY,
        behaviour, YearKind.FINANCIAL, 0, Map.of(), Optional.empty(), Optional.empty(), Map.of(), List.of(), plan);
    List<Observation> rows = new ArrayList<>();
    for (int i = 0; i < 36; i++) {
      rows.add(new Observation("c", "", START.plusMonths(i), BigDecimal.valueOf(i % 2 == 0 ? 9 : 11), null, null,
          new SourceRef("extract.csv", i + 2, LocalDate.of(2023, 4, 4))));
    }
    IndicatorResult r = new IndicatorCalculator(PeriodCalendar.DEFAULT, Populations.empty()).calculate(def,
        SeriesAssembler.assemble(rows).get(new SeriesKey("c", "")), new MonthColumns(YearMonth.of(2023, 3), 3),
        Comparators.published(List.of()));
    return ChartBuilder.of("1.1", new DefinedIndicator(def, "Count", "indicators/test.yaml"), r, Redaction.NONE);
  }

  private static List<Chart.Level> processLevels(Chart c) {
    return c.levels().stream()
        .filter(l -> l.kind() == Chart.Kind.PROCESS_MEAN || l.kind() == Chart.Kind.PROCESS_LIMIT).toList();
  }

  /**
   * Issue 15, point 6: a monthly count's chart showed last year's total (the sum of its months) as a
   * marker far above the scale. A snapshot's outturn is a month's figure, and stays.
   */
  @Test
  void aMonthlyCountsChartLeavesOutLastYearsTotalButASnapshotsKeepsItsOutturn() {
    assertThat(chart(Behaviour.FLOW, SpcPlan.defaults()).levels()).extracting(Chart.Level::kind)
        .doesNotContain(Chart.Kind.PREVIOUS_YEAR);
    assertThat(chart(Behaviour.FLOW, SpcPlan.defaults()).description()).doesNotContain("outturn");
    // March 2022, the 24th month from April 2020: 11.
    assertThat(chart(Behaviour.SNAPSHOT, SpcPlan.defaults()).levels())
        .filteredOn(l -> l.kind() == Chart.Kind.PREVIOUS_YEAR).extracting(Chart.Level::label)
        .containsExactly("2021/22 outturn 11");
  }

  @Test
  void theMeansLabelNamesABaselineBeforeTheChartAndTheLinesCrossItWhole() {
    Chart c = chart(Behaviour.SNAPSHOT, SpcPlan.defaults());
    assertThat(c.labels()).hasSize(24).startsWith("Apr 2021");
    assertThat(processLevels(c)).extracting(Chart.Level::label, Chart.Level::from).containsExactly(
        tuple("Process mean 10 (baseline Apr 2020 to Mar 2021)", 0),
        tuple("Upper process limit 15", 0),
        tuple("Lower process limit 5", 0));
    assertThat(c.description()).endsWith("; Process mean 10 (baseline Apr 2020 to Mar 2021); Upper process limit"
        + " 15; Lower process limit 5.");
  }

  @Test
  void afterARebaseWithinTheChartTheLinesStartThere() {
    Chart c = chart(Behaviour.SNAPSHOT, new SpcPlan(SpcSettings.defaults(), new TreeSet<>(List.of(
        YearMonth.of(2021, 10)))));
    // The chart shows Apr 2021 to Mar 2023; October 2021 is its seventh period (index 6).
    assertThat(processLevels(c)).hasSize(3).allSatisfy(l -> assertThat(l.from()).isEqualTo(6));
    assertThat(c.description()).endsWith("; Process mean 10 (rebased baseline Oct 2021 to Sep 2022) from Oct 2021;"
        + " Upper process limit 15 from Oct 2021; Lower process limit 5 from Oct 2021.");
  }

  @Test
  void aCumulativeLinesChartHasNoProcessLinesAndSaysWhy() {
    Chart c = chart(Behaviour.ROLLING_12_MONTHS, SpcPlan.defaults());
    assertThat(processLevels(c)).isEmpty();
    assertThat(c.description()).endsWith(". No process control: each figure covers the 12 months ending with it,"
        + " so neighbouring figures share 11 months and are not the separate measurements an XmR chart reads.");
  }
}
