package scorepack.definition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.StringReader;
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
import scorepack.engine.Timeline;
import scorepack.engine.Unit;
import scorepack.engine.YearKind;

class TemplateLoaderTest {
  private final Diagnostics diagnostics = new Diagnostics();
  private final TemplateLoader loader = new TemplateLoader(diagnostics);

  private static final String TEMPLATE = """
      title: Corporate Parenting Performance Report
      scorecard_title: Looked After Children Performance Summary
      details:
        - { label: Status, value: Issue 1 }
      columns: [ref, indicator, month, ytd, { field: regional, heading: RIA 2022/23 }]
      sections:
        - title: LOOKED AFTER CHILDREN
          rows:
            - { ref: "4.1", indicator: lac-count, codes: [TB5] }
            - { ref: "4.2", indicator: lac-rat }
      glossary: [Rolling 12 months]
      """;

  private List<String> messages() {
    return diagnostics.sorted().stream().map(Diagnostic::toString).toList();
  }

  @Test
  void readsTheLayout() {
    Template t = loader.load(new StringReader(TEMPLATE), "templates/cp.yaml", "cp").orElseThrow();
    assertThat(messages()).isEmpty();
    assertThat(t.columns()).extracting(Template.ColumnSpec::field)
        .containsExactly("ref", "indicator", "month", "ytd", "regional");
    assertThat(t.columns().get(4).heading()).isEqualTo("RIA 2022/23");
    assertThat(t.monthColumns()).isEqualTo(3);
    assertThat(t.sections().get(0).rows()).extracting(Template.RowSpec::ref).containsExactly("4.1", "4.2");
    assertThat(t.chartEveryLine()).isFalse();
  }

  @Test
  void chartsAllGivesEveryLineItsChart() {
    Template t = loader.load(new StringReader("title: T\ncolumns: [ref]\ncharts: all\nsections:\n"
        + "  - rows: [{ ref: \"1\", indicator: a, chart: true }]\n"), "templates/x.yaml", "x").orElseThrow();
    assertThat(messages()).isEmpty();
    assertThat(t.chartEveryLine()).isTrue();
    assertThat(t.sections().get(0).rows().get(0).chart()).isTrue();
  }

  @Test
  void anAnnualLineTakesItsDotMonthFromTheMonthlyLineItSharesItsRowWith() {
    Template t = loader.load(new StringReader("title: T\ncolumns: [ref, month, dot_month]\nsections:\n  - rows:\n"
        + "    - { ref: \"2.4\", indicator: neet-annual, dot_month_from: neet }\n"
        + "    - { ref: \"2.4\", indicator: neet }\n"), "templates/x.yaml", "x").orElseThrow();
    assertThat(messages()).isEmpty();
    assertThat(t.sections().get(0).rows()).extracting(Template.RowSpec::dotMonthFrom)
        .containsExactly(Optional.of("neet"), Optional.empty());
  }

  @Test
  void aDotMonthFromALineOutsideTheRowIsALocatedError() {
    loader.load(new StringReader("title: T\ncolumns: [ref, month, dot_month]\nsections:\n  - rows:\n"
        + "    - { ref: \"2.4\", indicator: neet-annual, dot_month_from: neet }\n"
        + "    - { ref: \"2.5\", indicator: neet }\n"), "templates/x.yaml", "x");
    assertThat(messages()).containsExactly("templates/x.yaml:5:61: error: sections[0].rows[0].dot_month_from:"
        + " 'neet' is not another line of this section under ref 2.4 with the same breakdowns;"
        + " a line takes its DOT (month) only from the line it shares its row with");
  }

  @Test
  void aRowNamingAnUnknownIndicatorSuggestsTheNearestId() {
    Template t = loader.load(new StringReader(TEMPLATE), "templates/cp.yaml", "cp").orElseThrow();
    IndicatorDefinition lac = new IndicatorDefinition("lac-count", "LAC", Unit.COUNT, Polarity.INFO,
        Timeline.MONTHLY, Behaviour.SNAPSHOT, YearKind.FINANCIAL, 0, Map.of(), Optional.empty(), Optional.empty(),
        Map.of(), List.of());
    IndicatorDefinition rate = new IndicatorDefinition("lac-rate", "Rate", Unit.COUNT, Polarity.INFO,
        Timeline.MONTHLY, Behaviour.SNAPSHOT, YearKind.FINANCIAL, 0, Map.of(), Optional.empty(), Optional.empty(),
        Map.of(), List.of());
    loader.check(t, Map.of("lac-count", new DefinedIndicator(lac, "Count", "i.yaml"),
        "lac-rate", new DefinedIndicator(rate, "Count", "i.yaml")), Set.of("Rolling 12 months"));
    assertThat(messages()).containsExactly("templates/cp.yaml:10:9: error: row 4.2: unknown indicator 'lac-rat'"
        + " (did you mean 'lac-rate'?); expected an id defined in indicators/");
  }

  @Test
  void aJudgementColumnNeedsTheFigureColumnsItRestsOn() {
    loader.load(new StringReader("title: T\ncolumns: [ref, month, rag_year, dot_year]\nsections: []\n"),
        "templates/x.yaml", "x");
    assertThat(messages()).containsExactly(
        "templates/x.yaml:2:23: error: columns[2]: column 'rag_year' judges figures this template does not print;"
            + " add the ytd column (a judgement must rest on figures the pack prints)",
        "templates/x.yaml:2:33: error: columns[3]: column 'dot_year' judges figures this template does not print;"
            + " add the ytd and previous_year columns (a judgement must rest on figures the pack prints)");
  }

  @Test
  void anOutturnColumnServesTheYearJudgements() {
    loader.load(new StringReader("title: T\ncolumns: [ref, month, outturn, previous_year, rag_year, dot_year,"
        + " rag_month]\nsections: []\n"), "templates/x.yaml", "x");
    assertThat(messages()).isEmpty();
  }

  @Test
  void paperA4ChoosesTheA4LayoutAndA3IsTheDefault() {
    Template a4 = loader.load(new StringReader("title: T\ncolumns: [ref]\npaper: A4\nsections: []\n"),
        "templates/x.yaml", "x").orElseThrow();
    Template plain = loader.load(new StringReader("title: T\ncolumns: [ref]\nsections: []\n"), "templates/y.yaml",
        "y").orElseThrow();
    assertThat(messages()).isEmpty();
    assertThat(a4.paper()).isEqualTo(Template.Paper.A4);
    assertThat(plain.paper()).isEqualTo(Template.Paper.A3);
  }

  @Test
  void anUnknownPaperIsALocatedErrorNamingTheChoices() {
    loader.load(new StringReader("title: T\ncolumns: [ref]\npaper: letter\nsections: []\n"), "templates/x.yaml", "x");
    assertThat(messages()).singleElement().asString()
        .isEqualTo("templates/x.yaml:3:8: error: paper: expected one of a3, a4, found 'letter'");
  }

  @Test
  void anUnknownColumnIsNamedWithTheKnownOnes() {
    loader.load(new StringReader("title: T\ncolumns: [ref, rag_mnth]\nsections: []\n"), "templates/x.yaml", "x");
    assertThat(messages()).singleElement().asString()
        .startsWith("templates/x.yaml:2:16: error: columns[1]: unknown column 'rag_mnth' (did you mean 'rag_month'?)");
  }

  @Test
  void headlineRagNamesTheRagColumnTheSummaryCounts() {
    Template t = loader.load(new StringReader("title: T\ncolumns: [ref, month, ytd, rag_month, rag_year]\n"
        + "headline_rag: rag_year\n"
        + "sections: []\n"), "templates/x.yaml", "x").orElseThrow();
    assertThat(messages()).isEmpty();
    assertThat(t.headlineRag()).isEqualTo("rag_year");
    Template byDefault = loader.load(new StringReader("title: T\ncolumns: [ref, ytd, rag_year]\nsections: []\n"),
        "templates/y.yaml", "y").orElseThrow();
    assertThat(byDefault.headlineRag()).isEmpty();
  }

  @Test
  void headlineRagMustBeARagColumnTheTemplatePrints() {
    loader.load(new StringReader("title: T\ncolumns: [ref, ytd, rag_year]\nheadline_rag: rag_month\nsections: []\n"),
        "templates/x.yaml", "x");
    assertThat(messages()).containsExactly("templates/x.yaml:3:15: error: headline_rag: headline_rag 'rag_month' is"
        + " not a RAG column this template prints; expected one of rag_year");
  }

  @Test
  void keyFactsNameTheirIndicatorsAndFigures() {
    String template = """
        title: T
        columns: [ref]
        sections: []
        key_facts:
          - title: Looked After Children (LAC)
            text: Children in care are ...
            facts:
              - { indicator: lac-count, text: LAC as at period end }
              - { indicator: admissions, figure: ytd, text: Admissions (ytd), note: (since April) }
              - { indicator: admissions, figure: ytdd, text: x }
        """;
    Template t = loader.load(new StringReader(template), "templates/x.yaml", "x").orElseThrow();
    assertThat(messages()).containsExactly("templates/x.yaml:10:42: error:"
        + " key_facts[0].facts[2].figure: expected one of latest, ytd, found 'ytdd' (did you mean 'ytd'?)");
    Template.Topic topic = t.keyFacts().get(0);
    assertThat(topic.paragraphs()).containsExactly("Children in care are ...");
    assertThat(topic.facts()).extracting(Template.FactSpec::indicator, Template.FactSpec::yearToDate,
        Template.FactSpec::note).containsExactly(tuple("lac-count", false, ""), tuple("admissions", true, "(since April)"),
        tuple("admissions", false, ""));
  }
}
