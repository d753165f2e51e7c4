package scorepack.definition;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import scorepack.diagnostic.Diagnostic;
import scorepack.diagnostic.Diagnostics;

class SqlSourceLoaderTest {
  private static List<String> problems(String yaml) {
    Diagnostics d = new Diagnostics();
    new SqlSourceLoader(d, Limits.DEFAULT).load(new StringReader(yaml), "sources/cases.yaml", "cases");
    return d.sorted().stream().map(Diagnostic::toString).toList();
  }

  @Test
  void aSqlSourceIsReadWithItsDefaults() {
    Diagnostics d = new Diagnostics();
    SqlSource s = new SqlSourceLoader(d, Limits.DEFAULT).load(new StringReader("""
        kind: sql
        connection: cases
        codes: {CLA: children-looked-after}
        queries:
          - name: q
            sql: SELECT 1
        """), "sources/cases.yaml", "cases").orElseThrow();
    assertThat(d.hasErrors()).isFalse();
    assertThat(s.months()).isEqualTo(3);
    assertThat(s.timeoutSeconds()).isEqualTo(600);
    assertThat(s.queries().get(0).at()).isEqualTo(new SqlQuery.Place("sources/cases.yaml", 6, 10, "queries[0].sql"));
    assertThat(s.indicatorFor("CLA", java.util.Set.of())).contains("children-looked-after");
    assertThat(s.indicatorFor("cla", java.util.Set.of())).isEmpty();
  }

  @Test
  void withoutCodesACodeIsAnIdInAnyCase() {
    SqlSource s = new SqlSource("cases", "c", 1, 1, java.util.Map.of(), java.util.Map.of("Kids", "Children"),
        List.of(), new SqlQuery.Place("f", 1, 1, ""));
    assertThat(s.indicatorFor(" Children-Looked-After", java.util.Set.of("children-looked-after")))
        .contains("children-looked-after");
    assertThat(s.breakdownFor("Kids")).isEqualTo("Children");
    assertThat(s.breakdownFor("Families")).isEqualTo("Families");
  }

  @Test
  void aCredentialInASourceFileIsRefusedWithWhereItBelongs() {
    assertThat(problems("""
        kind: sql
        connection: cases
        password: hunter2
        queries: [{name: q, sql: SELECT 1}]
        """)).singleElement().asString().startsWith("sources/cases.yaml:3:1: error: password: 'password' does not belong in a"
            + " source file").contains("connections file").doesNotContain("hunter2");
  }

  @Test
  void queriesNeedNamesOnceAndText() {
    assertThat(problems("""
        kind: sql
        connection: cases
        queries:
          - {name: q, sql: SELECT 1}
          - {name: q, sql: SELECT 2}
          - {name: r}
        """)).containsExactly(
            "sources/cases.yaml:5:12: error: queries[1].name: the query name 'q' is used twice in this source;"
                + " expected each query named once, as its extracts record it",
            "sources/cases.yaml:6:5: error: queries[2].sql: the required key 'sql' is missing");
  }

  @Test
  void aFileOfAnotherKindIsLeftToItsOwnLoader() {
    assertThat(problems("kind: long\nfiles: '*-social-care.csv'\n")).isEmpty();
  }
}
