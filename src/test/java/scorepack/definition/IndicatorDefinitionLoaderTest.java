package scorepack.definition;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import scorepack.diagnostic.Diagnostic;
import scorepack.diagnostic.Diagnostics;
import scorepack.engine.Behaviour;
import scorepack.engine.IndicatorDefinition;
import scorepack.engine.Polarity;
import scorepack.engine.Rag;
import scorepack.engine.ReportingYear;
import scorepack.engine.Unit;
import scorepack.engine.YearKind;

class IndicatorDefinitionLoaderTest {
  private final Diagnostics diagnostics = new Diagnostics();

  private List<DefinedIndicator> load(String yaml) {
    return new IndicatorDefinitionLoader(diagnostics).load(new StringReader(yaml), "indicators/test.yaml");
  }

  private List<String> messages() {
    return diagnostics.sorted().stream().map(Diagnostic::toString).toList();
  }

  @Test
  void readsAFullDefinition() {
    List<DefinedIndicator> loaded = load("""
        indicators:
          - id: plans-reviewed
            title: "% of looked after children care plans reviewed within timescales"
            unit: percent
            polarity: high
            timeline: monthly
            behaviour: ratio
            previous_year: { 2020/21: 93.1 }
            tolerances:
              2022/23: { green: 95, amber: 87 }
        """);
    assertThat(messages()).isEmpty();
    IndicatorDefinition d = loaded.get(0).definition();
    assertThat(d.unit()).isEqualTo(Unit.PERCENT);
    assertThat(d.behaviour()).isEqualTo(Behaviour.RATIO);
    assertThat(d.decimals()).isEqualTo(1);
    assertThat(loaded.get(0).dataNote()).isEqualTo("%");
    ReportingYear y = new ReportingYear(YearKind.FINANCIAL, 2022);
    assertThat(d.toleranceFor(y).orElseThrow().judge(new java.math.BigDecimal("90.4"))).isEqualTo(Rag.AMBER);
    assertThat(d.previousYearOutturns()).containsEntry(new ReportingYear(YearKind.FINANCIAL, 2020),
        new java.math.BigDecimal("93.1"));
  }

  @Test
  void acceptsTheWordsAPerformanceOfficerWrites() {
    List<DefinedIndicator> loaded = load("""
        indicators:
          - { id: a, title: A, unit: "rate per 10,000", population: children, polarity: low, timeline: monthly,
              behaviour: rolling 12 months }
          - { id: b, title: B, unit: average, polarity: LOW, timeline: monthly, behaviour: year-to-date average }
        """);
    assertThat(messages()).isEmpty();
    assertThat(loaded.get(0).definition().behaviour()).isEqualTo(Behaviour.ROLLING_12_MONTHS);
    assertThat(loaded.get(1).definition().polarity()).isEqualTo(Polarity.LOW);
    assertThat(loaded.get(1).dataNote()).isEqualTo("YTD Average");
  }

  @Test
  void aMeasureIsSharedByNameAndDefaultsToTheId() {
    List<DefinedIndicator> loaded = load("""
        indicators:
          - { id: lac, title: A, unit: count, polarity: info, timeline: monthly, behaviour: snapshot,
              measure: children-in-care }
          - { id: lac-rate, title: B, unit: count, polarity: info, timeline: monthly, behaviour: snapshot }
          - { id: c, title: C, unit: count, polarity: info, timeline: monthly, behaviour: snapshot,
              measure: Children In Care }
        """);
    assertThat(loaded.get(0).measure()).isEqualTo("children-in-care");
    assertThat(loaded.get(1).measure()).isEqualTo("lac-rate");
    assertThat(messages()).containsExactly("indicators/test.yaml:6:16: error: indicators[2].measure: expected a"
        + " measure name of lower-case letters, digits and hyphens, found 'Children In Care'");
  }

  @Test
  void reportsEveryProblemWithItsLineAndPath() {
    load("""
        indicators:
          - id: a
            title: A
            unit: precent
            polarity: high
            timeline: monthly
            behavour: flow
          - id: B!
            title: B
            unit: count
            polarity: info
            timeline: monthly
            behaviour: flow
            tolerances:
              2022/23: { green: 5 }
        """);
    assertThat(messages()).containsExactly(
        "indicators/test.yaml:2:5: error: indicators[0].behaviour: the required key 'behaviour' is missing",
        "indicators/test.yaml:4:11: error: indicators[0].unit: expected one of %, average, count, number, percent,"
            + " percentage, rate per 1,000, rate per 10,000, rate per 100,000, rate per 1000, rate per 10000,"
            + " rate per 100000, found 'precent' (did you mean 'percent'?)",
        "indicators/test.yaml:7:5: error: indicators[0].behavour: unknown key 'behavour' (did you mean 'behaviour'?);"
            + " expected one of behaviour, breakdowns, data_note, decimals, description, id, measure, new_measure,"
            + " polarity, population, previous_year, previous_year_decimals, published_in, reference_period, spc, suppression, timeline, title, tolerances, unit,"
            + " year, year_to_date",
        "indicators/test.yaml:8:9: error: indicators[1].id: expected an id of lower-case letters, digits and"
            + " hyphens, found 'B!'");
  }

  @Test
  void contradictoryTolerancesAreRejected() {
    load("""
        indicators:
          - id: a
            title: A
            unit: percent
            polarity: high
            timeline: monthly
            behaviour: snapshot
            tolerances:
              2022/23: { green: 80, amber: 90 }
        """);
    assertThat(messages()).singleElement().asString()
        .startsWith("indicators/test.yaml:9:16: error: indicators[0].tolerances.2022/23: contradictory tolerances:")
        .contains("amber bound must be below the green bound");
  }

  @Test
  void toleranceOnAnInformationMeasureIsAnError() {
    load("""
        indicators:
          - { id: a, title: A, unit: count, polarity: info, timeline: monthly, behaviour: flow,
              tolerances: { 2022/23: { green: 5 } } }
        """);
    assertThat(messages()).singleElement().asString().contains("information-only indicator");
  }

  @Test
  void yamlSyntaxErrorsNameTheLine() {
    load("indicators:\n  - id: a\n    title: [unclosed\n");
    assertThat(messages()).singleElement().asString().startsWith("indicators/test.yaml:").contains("not valid YAML");
  }

  @Test
  void aRateNeedsAPopulation() {
    load("""
        indicators:
          - { id: a, title: A, unit: rate per 10000, polarity: low, timeline: monthly, behaviour: snapshot }
        """);
    assertThat(messages()).singleElement().asString().contains("needs 'population:'");
  }
}
