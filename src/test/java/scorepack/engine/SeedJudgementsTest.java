package scorepack.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * For every internally consistent row of the published Corporate Parenting and Early Help
 * scorecards (copied into test resources from the seed tables), the engine's DOT and RAG rules
 * give back the printed arrow and status from the printed figures and tolerances.
 */
class SeedJudgementsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  record SeedRow(String table, JsonNode row) {
    @Override
    public String toString() {
      return table + " " + row.get("row_id").asText();
    }

    String text(String field) {
      JsonNode n = row.get(field);
      return n == null || n.isNull() ? null : n.asText();
    }

    String check(String field) {
      JsonNode c = row.path("checks").get(field);
      return c == null || c.isNull() ? "" : c.asText();
    }

    Polarity polarity() {
      return Polarity.valueOf(text("polarity").toUpperCase());
    }

    int decimals() {
      BigDecimal scale = BigDecimal.ZERO;
      for (JsonNode v : row.get("months")) {
        if (v.isNumber()) {
          scale = scale.max(BigDecimal.valueOf(v.decimalValue().scale()));
        }
      }
      return "%".equals(text("unit")) ? 1 : scale.intValue();
    }

    List<BigDecimal> months() {
      List<BigDecimal> out = new ArrayList<>();
      row.get("months").forEach(v -> out.add(v.isNumber() ? v.decimalValue() : null));
      return out;
    }

    /** The tolerance the printed Red / Amber / Green columns describe. */
    Tolerance tolerance() {
      JsonNode t = row.get("thresholds");
      BigDecimal green = bound(t.get("green").asText());
      String amberText = t.path("amber").isNull() ? "-" : t.path("amber").asText();
      BigDecimal amber = null;
      if (!amberText.equals("-")) {
        amber = polarity() == Polarity.HIGH ? bound(amberText) : bound(t.get("red").asText());
      }
      return new Tolerance(polarity(), green, amber);
    }

    static BigDecimal bound(String printed) {
      return new BigDecimal(printed.replace("<", "").replace("+", "").replace("%", "").trim());
    }
  }

  static Stream<SeedRow> rows() throws IOException {
    List<SeedRow> rows = new ArrayList<>();
    for (String table : List.of("corporate-parenting-2022-12", "early-help-2022-03")) {
      try (InputStream in = SeedJudgementsTest.class.getResourceAsStream("/seed-tables/" + table + ".json")) {
        JSON.readTree(in).get("rows").forEach(r -> rows.add(new SeedRow(table, r)));
      }
    }
    return rows.stream();
  }

  static Stream<SeedRow> consistentMonthDots() throws IOException {
    return rows().filter(r -> r.check("dot_month_status").equals("consistent") && r.text("dot_month") != null);
  }

  static Stream<SeedRow> consistentMonthRags() throws IOException {
    return rows().filter(r -> r.check("rag_month_status").equals("consistent"));
  }

  static Stream<SeedRow> consistentYearRags() throws IOException {
    return rows().filter(r -> r.check("rag_year_status").equals("consistent")
        && r.row().path("thresholds").path("green").asText("").matches("[<]?[0-9.]+%?\\+?"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("consistentMonthDots")
  void monthDirectionMatchesThePrintedArrow(SeedRow seed) {
    List<BigDecimal> m = seed.months();
    DirectionOfTravel dot = DirectionOfTravel.between(m.get(m.size() - 2), m.get(m.size() - 1), seed.decimals(),
        seed.polarity(), "seed");
    assertThat(dot.direction().code()).isEqualTo(seed.text("dot_month"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("consistentMonthRags")
  void monthRagMatchesThePrintedStatus(SeedRow seed) {
    List<BigDecimal> m = seed.months();
    Rag rag = seed.tolerance().judge(DisplayPrecision.round(m.get(m.size() - 1), seed.decimals()));
    assertThat(rag.code()).isEqualTo(seed.text("rag_month"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("consistentYearRags")
  void yearEndRagMatchesThePrintedStatus(SeedRow seed) {
    Rag rag = seed.tolerance().judge(new BigDecimal(seed.text("ytd_or_outturn")));
    assertThat(rag.code()).isEqualTo(seed.text("rag_year"));
  }

  @ParameterizedTest(name = "all consistent rows are checked")
  @MethodSource("countsOfCheckedRows")
  void everyConsistentRowIsChecked(long dots, long rags) {
    // Counted from the seed tables: 31 CP and 49 EH arrows agree with their numbers; 15 RAGs with tolerances.
    assertThat(dots).isEqualTo(80);
    assertThat(rags).isEqualTo(15);
  }

  static Stream<Object[]> countsOfCheckedRows() throws IOException {
    return Stream.<Object[]>of(new Object[] {consistentMonthDots().count(), consistentMonthRags().count()});
  }
}
