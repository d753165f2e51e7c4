package scorepack.definition;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import scorepack.diagnostic.Diagnostic;
import scorepack.diagnostic.Diagnostics;
import scorepack.engine.Behaviour;
import scorepack.engine.IndicatorDefinition;
import scorepack.engine.Polarity;
import scorepack.engine.SeriesKey;
import scorepack.engine.Timeline;
import scorepack.engine.Unit;
import scorepack.engine.YearKind;

/** A comment's numbers are read with the line and column they were written at. */
class CommentaryLoaderTest {
  private final Diagnostics diagnostics = new Diagnostics();
  private final IndicatorDefinition rate = new IndicatorDefinition("lac-rate", "Rate", Unit.COUNT, Polarity.LOW,
      Timeline.MONTHLY, Behaviour.SNAPSHOT, YearKind.FINANCIAL, 1, Map.of(), Optional.empty(), Optional.empty(),
      Map.of(), List.of());
  private final CommentaryLoader loader =
      new CommentaryLoader(Map.of("lac-rate", new DefinedIndicator(rate, "Rate", "i.yaml")), Set.of(), diagnostics);

  private List<QuotedNumber> numbers(String yaml) {
    return loader.load(yaml, "commentary/2023-03.yaml").get(new SeriesKey("lac-rate", "")).numbers();
  }

  @Test
  void aNumberInAFoldedTextIsPlacedAtItsOwnLineAndColumn() {
    List<QuotedNumber> numbers = numbers("""
        commentary:
          - indicator: lac-rate
            text: >-
              The number of children in care ended the year at 550, ten fewer than in March 2022,
              and the rate fell to 96.7; in 2022 it was 97.8 and 550 again.
        """);
    // Line 4 "      The number ... at 550": the 5 is its 56th character. Line 5 "      and the rate fell to
    // 96.7; ...": 96.7 at 28, 97.8 at 49, 550 at 58. "in 2022" is a year and "ten" is spelt out.
    assertThat(numbers).extracting(QuotedNumber::toString).containsExactly("550", "96.7", "97.8", "550");
    assertThat(numbers).extracting(QuotedNumber::line).containsExactly(4, 5, 5, 5);
    assertThat(numbers).extracting(QuotedNumber::column).containsExactly(56, 28, 49, 58);
    assertThat(diagnostics.sorted()).isEmpty();
  }

  @Test
  void aQuotedTextOnTheCommentsOwnLineIsPlacedToo() {
    List<QuotedNumber> numbers = numbers("""
        commentary:
          - { indicator: lac-rate, text: "Rate 2022/23: 96.7%." }
        """);
    assertThat(numbers).singleElement().satisfies(n -> {
      assertThat(n.percent()).isTrue();
      assertThat(n.line()).isEqualTo(2);
      // "  - { indicator: lac-rate, text: \"Rate 2022/23: " is 48 characters.
      assertThat(n.column()).isEqualTo(49);
    });
  }

  @Test
  void notFiguresLeavesTheNumbersItListsUnchecked() {
    List<QuotedNumber> numbers = numbers("""
        commentary:
          - indicator: lac-rate
            text: The four placements since January averaged 410 days; the rate is 96.7.
            not_figures: [410]
        """);
    assertThat(numbers).extracting(QuotedNumber::toString).containsExactly("96.7");
    assertThat(diagnostics.sorted()).isEmpty();
  }

  @Test
  void notFiguresNamingANumberTheTextDoesNotHoldIsAWarning() {
    numbers("""
        commentary:
          - indicator: lac-rate
            text: The rate is 96.7.
            not_figures: [410, 2022]
        """);
    assertThat(diagnostics.sorted()).extracting(Diagnostic::toString).containsExactly(
        "commentary/2023-03.yaml:4:19: warning: commentary[0].not_figures[0]: not_figures lists 410, but the text"
            + " has no such number that is checked; remove it",
        "commentary/2023-03.yaml:4:24: warning: commentary[0].not_figures[1]: not_figures lists 2022, but the text"
            + " has no such number that is checked; remove it");
  }
}
