package scorepack.definition;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scorepack.diagnostic.Diagnostic;
import scorepack.diagnostic.Diagnostics;
import scorepack.engine.Behaviour;
import scorepack.engine.IndicatorDefinition;
import scorepack.engine.ReportingYear;
import scorepack.engine.YearKind;

/** What a template and definitions say of termly, academic-year tables (issue 15, point 1). */
class TermlyDefinitionsTest {
  private final Diagnostics diagnostics = new Diagnostics();

  private List<String> messages() {
    return diagnostics.sorted().stream().map(Diagnostic::toString).toList();
  }

  @Test
  void aSectionDeclaresItsTermColumns() {
    Template t = new TemplateLoader(diagnostics).load(new StringReader("""
        title: T
        columns: [ref, month, ytd]
        sections:
          - { title: Months, rows: [] }
          - { title: Education, periods: terms, rows: [] }
        """), "templates/t.yaml", "t").orElseThrow();
    assertThat(messages()).isEmpty();
    assertThat(t.sections()).extracting(Template.SectionSpec::periods)
        .containsExactly(Template.Periods.MONTHS, Template.Periods.TERMS);
  }

  @Test
  void termColumnsNeedTheMonthColumnToPrintIn() {
    new TemplateLoader(diagnostics).load(new StringReader("""
        title: T
        columns: [ref, ytd]
        sections:
          - { title: Education, periods: terms, rows: [] }
        """), "templates/t.yaml", "t");
    assertThat(messages()).containsExactly("templates/t.yaml:4:34: error: sections[0].periods: 'periods: terms' sets what the month"
        + " column prints, and this template has no month column; add 'month' to its columns");
  }

  @Test
  void anUnknownPeriodsWordIsAnError() {
    new TemplateLoader(diagnostics).load(new StringReader("title: T\ncolumns: [month]\nsections:\n"
        + "  - { title: E, periods: term, rows: [] }\n"), "templates/t.yaml", "t");
    assertThat(messages()).singleElement().asString().startsWith("templates/t.yaml:4:").contains("term");
  }

  @Test
  void termlyBehavioursYearToDateLinesAndTargetYearsAreRead(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("education.yaml"), """
        indicators:
          - { id: absence, title: A, unit: percent, polarity: low, timeline: termly, behaviour: snapshot,
              year: academic, year_to_date: absence-year,
              tolerances: { 2022/23: { green: 8.8, target_year: "2022" } } }
          - { id: absence-year, title: A, unit: percent, polarity: low, timeline: termly, behaviour: cumulative,
              year: academic }
          - { id: ehe, title: E, unit: count, polarity: low, timeline: termly, behaviour: latest snapshot,
              year: academic }
        """);
    Map<String, DefinedIndicator> all = new IndicatorDefinitionLoader(diagnostics).loadFolder(dir, dir);
    assertThat(messages()).isEmpty();
    IndicatorDefinition absence = all.get("absence").definition();
    assertThat(absence.yearToDateFrom()).contains("absence-year");
    assertThat(absence.toleranceFor(new ReportingYear(YearKind.ACADEMIC, 2022)).orElseThrow().targetYear())
        .isEqualTo("2022");
    assertThat(all.get("absence-year").definition().behaviour()).isEqualTo(Behaviour.CUMULATIVE);
    assertThat(all.get("ehe").definition().behaviour()).isEqualTo(Behaviour.LATEST_SNAPSHOT);
  }

  @Test
  void aYearToDateLineMustBeAnotherIndicatorOfTheSameShape(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("education.yaml"), """
        indicators:
          - { id: absence, title: A, unit: percent, polarity: low, timeline: termly, behaviour: snapshot,
              year: academic, year_to_date: absense-year }
          - { id: absence-year, title: A, unit: percent, polarity: low, timeline: termly, behaviour: cumulative,
              year: academic }
          - { id: exclusions, title: X, unit: count, polarity: low, timeline: termly, behaviour: flow,
              year: academic, year_to_date: absence-year }
        """);
    new IndicatorDefinitionLoader(diagnostics).loadFolder(dir, dir);
    assertThat(messages()).containsExactly(
        "education.yaml:3:37: error: indicators[0].year_to_date: year_to_date 'absense-year' is not a defined indicator (did you mean"
            + " 'absence-year'?); expected the id of the indicator whose figures give this line's year to date",
        "education.yaml:7:37: error: indicators[2].year_to_date: year_to_date 'absence-year' must have the same unit, breakdowns, timeline and year"
            + " as 'exclusions' and no year_to_date of its own; it has %, [], termly, academic");
  }
}
