package scorepack.definition;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import scorepack.diagnostic.Diagnostic;
import scorepack.diagnostic.Diagnostics;
import scorepack.engine.ReferencePeriodRule;

/** Issue 15, points 2 and 5: a lagged measure's {@code reference_period:} and {@code previous_year_decimals:}. */
class ReferencePeriodDefinitionTest {
  private final Diagnostics diagnostics = new Diagnostics();

  private List<DefinedIndicator> load(String yaml) {
    return new IndicatorDefinitionLoader(diagnostics).load(new StringReader(yaml), "indicators/test.yaml");
  }

  private List<String> messages() {
    return diagnostics.sorted().stream().map(Diagnostic::toString).toList();
  }

  @Test
  void aRollingLineDescribesTwelveMonthsEndingItsLagBeforeItsQuarter() {
    List<DefinedIndicator> loaded = load("""
        indicators:
          - id: first-time-entrants
            title: First time entrants
            unit: count
            polarity: low
            timeline: quarterly
            behaviour: rolling 12 months
            reference_period: { lag: 6, available_after: 2 }
        """);
    assertThat(messages()).isEmpty();
    ReferencePeriodRule rule = loaded.get(0).definition().referencePeriod().orElseThrow();
    assertThat(rule).isEqualTo(new ReferencePeriodRule(6, 12, Optional.of(2)));
    assertThat(rule.at(YearMonth.of(2023, 3)).label()).isEqualTo("Oct21–Sep22");
    assertThat(rule.expectedIn(YearMonth.of(2023, 3))).contains(YearMonth.of(2023, 5));
  }

  @Test
  void aQuarterlySnapshotDescribesItsQuarterUnlessMonthsSaysOtherwise() {
    List<DefinedIndicator> loaded = load("""
        indicators:
          - { id: a, title: A, unit: number, polarity: low, timeline: quarterly, behaviour: snapshot,
              reference_period: { lag: 3 } }
          - { id: b, title: B, unit: number, polarity: low, timeline: quarterly, behaviour: snapshot,
              reference_period: { lag: 21, months: 12 } }
        """);
    assertThat(messages()).isEmpty();
    assertThat(loaded.get(0).definition().referencePeriod().orElseThrow().at(YearMonth.of(2023, 3)).label())
        .isEqualTo("Oct22–Dec22");
    assertThat(loaded.get(1).definition().referencePeriod().orElseThrow().at(YearMonth.of(2022, 12)).label())
        .isEqualTo("Apr20–Mar21");
  }

  @Test
  void mistakesAreReportedAtTheirLineAndColumn() {
    load("""
        indicators:
          - id: a
            title: A
            unit: count
            polarity: low
            timeline: termly
            behaviour: snapshot
            reference_period: { lag: 3, avaliable_after: 2 }
          - id: b
            title: B
            unit: count
            polarity: low
            timeline: quarterly
            behaviour: snapshot
            reference_period: { lag: -1 }
          - id: c
            title: C
            unit: percent
            polarity: low
            timeline: monthly
            behaviour: snapshot
            decimals: 1
            previous_year_decimals: 0
        """);
    assertThat(messages()).anySatisfy(m -> assertThat(m).startsWith("indicators/test.yaml:8:")
        .contains("unknown key 'avaliable_after'", "did you mean 'available_after'"));
    assertThat(messages()).anySatisfy(m -> assertThat(m).startsWith("indicators/test.yaml:8:")
        .contains("a termly line's reference period needs 'months:'"));
    assertThat(messages()).anySatisfy(m -> assertThat(m).startsWith("indicators/test.yaml:15:"));
    assertThat(messages()).anySatisfy(m -> assertThat(m).startsWith("indicators/test.yaml:23:"));
  }

  @Test
  void aLineMayPrintLastYearsFigureToMoreDecimalsThanItsMonths() {
    List<DefinedIndicator> loaded = load("""
        indicators:
          - { id: agency-staff, title: Agency staff, unit: percent, polarity: low, timeline: monthly,
              behaviour: snapshot, previous_year_decimals: 2 }
        """);
    assertThat(messages()).isEmpty();
    assertThat(loaded.get(0).previousYearDecimals()).contains(2);
    assertThat(loaded.get(0).definition().decimals()).isEqualTo(1);
  }
}
