package scorepack.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
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
import scorepack.engine.Timeline;
import scorepack.engine.Unit;
import scorepack.engine.YearKind;

class ExtractLoaderTest {
  private final Diagnostics diagnostics = new Diagnostics();
  private final ExtractLoader loader = new ExtractLoader(Map.of(
      "lac-count", defined("lac-count", Unit.COUNT, List.of()),
      "plans-reviewed", defined("plans-reviewed", Unit.PERCENT, List.of()),
      "step-downs", defined("step-downs", Unit.COUNT, List.of("Families", "Children"))), diagnostics);

  private static DefinedIndicator defined(String id, Unit unit, List<String> breakdowns) {
    return new DefinedIndicator(new IndicatorDefinition(id, id, unit, Polarity.INFO, Timeline.MONTHLY,
        Behaviour.SNAPSHOT, YearKind.FINANCIAL, 0, Map.of(), Optional.empty(), Optional.empty(), Map.of(),
        breakdowns), unit.label(), "indicators/x.yaml");
  }

  private List<Observation> load(String csv) {
    return loader.load(new StringReader(csv), "samples/2023-01-06-extract.csv", "2023-01-06-extract.csv");
  }

  private List<String> messages() {
    return diagnostics.sorted().stream().map(Diagnostic::toString).toList();
  }

  @Test
  void readsFiguresAsExcelWritesThem() {
    List<Observation> rows = load("""
        indicator,period,breakdown,value,numerator,denominator
        lac-count,2022-12,,,"1,234",
        plans-reviewed,2022-12,,92.2%,,
        plans-reviewed,2022-11,,,45,50
        step-downs,2022-12,Families,,37,
        """);
    assertThat(messages()).isEmpty();
    assertThat(rows).hasSize(4);
    assertThat(rows.get(0).numerator()).isEqualByComparingTo("1234");
    assertThat(rows.get(1).value()).isEqualByComparingTo("92.2");
    assertThat(rows.get(3).breakdown()).isEqualTo("Families");
    assertThat(rows.get(2).source().line()).isEqualTo(4);
    assertThat(rows.get(2).source().extracted()).hasToString("2023-01-06");
  }

  @Test
  void anExtractedColumnGivesTheDateWhenTheNameHasNone() {
    List<Observation> rows = new ExtractLoader(Map.of("lac-count", defined("lac-count", Unit.COUNT, List.of())),
        diagnostics).load(new StringReader("indicator,period,numerator,extracted\nlac-count,2022-12,551,2023-01-09\n"),
        "samples/lac.csv", "lac.csv");
    assertThat(messages()).isEmpty();
    assertThat(rows.get(0).source().extracted()).hasToString("2023-01-09");
  }

  @Test
  void aSemicolonSeparatedFileFromAEuropeanExcelIsAccepted() {
    List<Observation> rows = load("indicator;period;numerator;denominator\nplans-reviewed;2022-12;36;37\n");
    assertThat(messages()).isEmpty();
    assertThat(rows).singleElement().satisfies(o -> assertThat(o.numerator()).isEqualByComparingTo("36"));
  }

  @Test
  void aCommaInANumberOfASemicolonSeparatedFileIsAmbiguousAndRejected() {
    load("indicator;period;value\nlac-count;2022-12;1,234\n");
    assertThat(messages()).containsExactly("samples/2023-01-06-extract.csv:2:3: error: column value: '1,234' is"
        + " ambiguous in a semicolon-separated file: the comma may be a decimal mark or a thousands separator;"
        + " expected digits with '.' as the decimal mark and no separators");
  }

  @Test
  void aByteOrderMarkFromExcelIsAccepted() {
    assertThat(load("\uFEFFindicator,period,numerator\nlac-count,2022-12,551\n")).hasSize(1);
    assertThat(messages()).isEmpty();
  }

  @Test
  void reportsEveryBadRowWithItsLineAndColumn() {
    load("""
        indicator,period,breakdown,value,numerator,denominator
        lac-cuont,2022-12,,,551,
        lac-count,2022-13,,,551,
        lac-count,2023-02,,,551,
        lac-count,2022-12,,,-5,
        plans-reviewed,2022-12,,,51,50
        plans-reviewed,2022-11,,,45,
        step-downs,2022-12,Famlies,,37,
        lac-count,2022-11,,,abc,
        lac-count,2022-10,,,551,
        lac-count,2022-10,,,552,
        lac-count,2022-09,,
        """);
    assertThat(messages()).containsExactly(
        "samples/2023-01-06-extract.csv:2:1: error: column indicator: unknown indicator 'lac-cuont' (did you mean"
            + " 'lac-count'?); expected an id defined in indicators/, or a source in sources/ that maps the extract's"
            + " own codes to them (see sources/README.md)",
        "samples/2023-01-06-extract.csv:3:2: error: column period: expected a month as YYYY-MM, found '2022-13'",
        "samples/2023-01-06-extract.csv:4:2: error: column period: the month 2023-02 lies after the extract's own"
            + " date 2023-01-06; expected a month no later than 2023-01",
        "samples/2023-01-06-extract.csv:5:5: error: column numerator: expected a number of zero or more, found -5",
        "samples/2023-01-06-extract.csv:6:5: error: column numerator: the numerator 51 is larger than the"
            + " denominator 50; a percentage cannot exceed 100%",
        "samples/2023-01-06-extract.csv:7:6: error: column denominator: a % figure needs a denominator with its"
            + " numerator (or a value), found none",
        "samples/2023-01-06-extract.csv:8:3: error: column breakdown: unknown breakdown 'Famlies' for 'step-downs'"
            + " (did you mean 'Families'?); expected one of Families, Children",
        "samples/2023-01-06-extract.csv:9:5: error: column numerator: expected a number, found 'abc'",
        "samples/2023-01-06-extract.csv:11:2: error: column period: the same figure (lac-count, 2022-10) is given"
            + " twice in this extract, first on line 10; expected one row per indicator, breakdown and month",
        "samples/2023-01-06-extract.csv:12:5: error: expected 6 values (indicator,period,breakdown,value,numerator,"
            + "denominator), found 4");
  }

  @Test
  void aMissingHeaderColumnIsNamed() {
    load("indicator,value\nlac-count,551\n");
    assertThat(messages()).singleElement().asString()
        .isEqualTo("samples/2023-01-06-extract.csv:1: error: header: the required column 'period' is missing;"
            + " found indicator, value");
  }

  @Test
  void anExtractWithoutADateIsRejected() {
    loader.load(new StringReader("indicator,period,numerator\nlac-count,2022-12,551\n"), "samples/lac.csv", "lac.csv");
    assertThat(messages()).singleElement().asString().contains("cannot tell when this extract was taken");
  }

  @Test
  void unbalancedQuotesAreReportedNotThrown() {
    load("indicator,period,numerator\nlac-count,2022-12,\"551\nlac-count,2022-11,560\n");
    assertThat(messages()).isNotEmpty().allMatch(m -> m.contains("error"));
  }

  @Test
  void aHeaderRowTooLongToBeAHeaderIsRejectedWithItsLength() {
    List<Observation> rows = load("indicator,period,value," + "x".repeat(9_000) + "\nlac-count,2022-12,551\n");
    assertThat(rows).isEmpty();
    assertThat(messages()).singleElement().asString().isEqualTo("samples/2023-01-06-extract.csv: error: cannot be"
        + " read: its header row is longer than 8192 characters; expected a row of column names");
  }

  @Test
  void aLongHeaderRowWithinTheLimitIsRead() {
    String padding = " ".repeat(8_000);
    List<Observation> rows = load("indicator,period," + padding + "value\nlac-count,2022-12,551\n");
    assertThat(messages()).isEmpty();
    assertThat(rows).singleElement().satisfies(o -> assertThat(o.value()).hasToString("551"));
  }
}
