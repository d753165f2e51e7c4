package scorepack.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Where an extract written by {@code scorepack extract} came from: its source, connection and
 * months, and for each query its name, the SHA-256 of its text, when it ran, the lines of the
 * extract it filled, and the text itself. Kept beside the extract as
 * {@code YYYY-MM-DD-SOURCE.queries.yaml}, for audit and for {@code explain}.
 *
 * @param source the source's name
 * @param definition the source file, as the user names it
 * @param connection the connection's name
 * @param server the connection's URL, with any password hidden
 * @param extracted the day the extract was taken
 * @param months the months it covers, e.g. 2023-01..2023-03
 * @param queries the queries, in the order their rows are in the extract
 */
public record QueryProvenance(String source, String definition, String connection, String server,
    LocalDate extracted, String months, List<Query> queries) {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
      .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES).enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE)
      .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER));
  private static final String SUFFIX = ".queries.yaml";

  public QueryProvenance {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(definition, "definition");
    Objects.requireNonNull(connection, "connection");
    Objects.requireNonNull(server, "server");
    Objects.requireNonNull(extracted, "extracted");
    Objects.requireNonNull(months, "months");
    queries = List.copyOf(queries);
  }

  /**
   * One query's part of the extract.
   *
   * @param name the query's name in the source
   * @param sha256 the SHA-256 of its text, hex
   * @param started when it was sent to the server
   * @param took how long it ran
   * @param rows how many rows it gave
   * @param firstLine the extract line of its first row (0 when it gave none)
   * @param lastLine the extract line of its last row
   * @param sql its text
   */
  public record Query(String name, String sha256, Instant started, Duration took, int rows, long firstLine,
      long lastLine, String sql) {
    public Query {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(sha256, "sha256");
      Objects.requireNonNull(started, "started");
      Objects.requireNonNull(took, "took");
      Objects.requireNonNull(sql, "sql");
    }

    /** The query's name, its hash's first 12 digits and when it ran, for {@code explain}. */
    public String describe() {
      return "query '" + name + "' (sha256 " + sha256.substring(0, 12) + "), run " + started;
    }
  }

  /** The provenance file of an extract file. */
  public static Path fileFor(Path extract) {
    String name = extract.getFileName().toString();
    return extract.resolveSibling(name.replaceFirst("(?i)\\.csv$", "") + SUFFIX);
  }

  /** The query whose rows include the line, if this extract was written by a query. */
  public Optional<Query> queryAt(long line) {
    return queries.stream().filter(q -> q.rows() > 0 && line >= q.firstLine() && line <= q.lastLine()).findFirst();
  }

  /** The provenance as the YAML file beside the extract of that name holds it. */
  public String toYaml(String extractName) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("source", source);
    root.put("definition", definition);
    root.put("connection", connection);
    root.put("server", server);
    root.put("extracted", extracted.toString());
    root.put("months", months);
    List<Map<String, Object>> qs = new ArrayList<>();
    for (Query q : queries) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("name", q.name());
      m.put("sha256", q.sha256());
      m.put("started", q.started().toString());
      m.put("seconds", q.took().toMillis() / 1000.0);
      m.put("rows", q.rows());
      m.put("lines", q.rows() == 0 ? "none" : q.firstLine() + "-" + q.lastLine());
      m.put("sql", q.sql().endsWith("\n") ? q.sql() : q.sql() + "\n");
      qs.add(m);
    }
    root.put("queries", qs);
    try {
      return "# Written by scorepack extract: where " + extractName + " came from. Do not edit.\n"
          + YAML.writeValueAsString(root);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The provenance beside an extract, or empty when it has none or it cannot be read. */
  public static Optional<QueryProvenance> besides(Path extract) {
    Path file = fileFor(extract);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      JsonNode root = YAML.readTree(file.toFile());
      List<Query> queries = new ArrayList<>();
      for (JsonNode q : root.path("queries")) {
        String[] lines = q.path("lines").asText("none").split("-");
        boolean none = lines.length != 2;
        queries.add(new Query(q.path("name").asText(), q.path("sha256").asText(), Instant.parse(q.path("started")
            .asText()), Duration.ofMillis(Math.round(q.path("seconds").asDouble() * 1000)), q.path("rows").asInt(),
            none ? 0 : Long.parseLong(lines[0]), none ? 0 : Long.parseLong(lines[1]), q.path("sql").asText()));
      }
      return Optional.of(new QueryProvenance(root.path("source").asText(), root.path("definition").asText(),
          root.path("connection").asText(), root.path("server").asText(),
          LocalDate.parse(root.path("extracted").asText()), root.path("months").asText(), queries));
    } catch (IOException | RuntimeException e) {
      return Optional.empty(); // an unreadable record only costs explain its query names
    }
  }
}
