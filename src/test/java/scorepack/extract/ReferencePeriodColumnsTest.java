package scorepack.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import scorepack.definition.DefinedIndicator;
import scorepack.diagnostic.Diagnostic;
import scorepack.diagnostic.Diagnostics;
import scorepack.engine.Behaviour;
import scorepack.engine.IndicatorDefinition;
import scorepack.engine.Observation;
import scorepack.engine.Polarity;
import scorepack.engine.ReferencePeriod;
import scorepack.engine.Timeline;
import scorepack.engine.Unit;
import scorepack.engine.YearKind;

/** Issue 15, point 2: an extract row may say which months its lagged figure describes. */
class ReferencePeriodColumnsTest {
  private final Diagnostics diagnostics = new Diagnostics();
  private final ExtractLoader loader = new ExtractLoader(Map.of("custody", new DefinedIndicator(
      new IndicatorDefinition("custody", "Custody", Unit.NUMBER, Polarity.LOW, Timeline.QUARTERLY, Behaviour.SNAPSHOT,
          YearKind.FINANCIAL, 2, Map.of(), Optional.empty(), Optional.empty(), Map.of(), List.of()),
      "Rate", "indicators/x.yaml")), diagnostics);

  private List<Observation> load(String csv) {
    return loader.load(new StringReader(csv), "samples/2023-04-04-yjb.csv", "2023-04-04-yjb.csv");
  }

  private List<String> messages() {
    return diagnostics.sorted().stream().map(Diagnostic::toString).toList();
  }

  @Test
  void aRowGivesTheFirstAndLastMonthItsFigureDescribes() {
    List<Observation> rows = load("""
        indicator,period,breakdown,value,numerator,denominator,period_start,period_end
        custody,2023-03,,0.00,,,2022-01,2022-12
        custody,2022-12,,0.10,,,,
        """);
    assertThat(messages()).isEmpty();
    assertThat(rows.get(0).reference()).contains(new ReferencePeriod(YearMonth.of(2022, 1), YearMonth.of(2022, 12)));
    assertThat(rows.get(1).reference()).isEmpty();
  }

  @Test
  void aReferencePeriodThatCannotBeRightIsRefusedAtItsColumn() {
    load("""
        indicator,period,breakdown,value,numerator,denominator,period_start,period_end
        custody,2023-03,,0.00,,,2022-01,
        custody,2023-03,,0.00,,,2022-12,2022-01
        custody,2022-12,,0.00,,,2022-01,2023-03
        custody,2022-09,,0.00,,,Jan-22,2022-06
        """);
    assertThat(messages()).containsExactly(
        "samples/2023-04-04-yjb.csv:2:7: error: column period_start: a reference period needs both period_start"
            + " and period_end (the first and last month the figure describes); period_end is empty",
        "samples/2023-04-04-yjb.csv:3:7: error: column period_start: the reference period starts (2022-12) after"
            + " it ends (2022-01)",
        "samples/2023-04-04-yjb.csv:4:8: error: column period_end: the reference period ends (2023-03) after the"
            + " period the figure is reported in (2022-12); expected months no later than 2022-12",
        "samples/2023-04-04-yjb.csv:5:7: error: column period_start: expected a month from 2000-01 to 2100-12 as"
            + " YYYY-MM, found 'Jan-22'");
  }
}
