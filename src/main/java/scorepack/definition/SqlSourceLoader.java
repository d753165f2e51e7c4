package scorepack.definition;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import scorepack.diagnostic.Diagnostics;
import scorepack.diagnostic.FileFailure;

/**
 * Reads the SQL sources ({@code kind: sql}) among {@code sources/*.yaml}, with a located
 * diagnostic per problem. Files of other kinds are left to the file sources' loader.
 */
public final class SqlSourceLoader {
  private static final Set<String> KEYS =
      Set.of("kind", "description", "connection", "months", "timeout_seconds", "codes", "breakdowns", "queries");
  private static final Set<String> QUERY_KEYS = Set.of("name", "indicator", "sql");
  /** Keys a user might reach for to put a credential into the workspace, which is shared and often versioned. */
  private static final Set<String> CREDENTIALS = Set.of("url", "user", "username", "password", "server", "host");
  static final int DEFAULT_MONTHS = 3;
  static final int DEFAULT_TIMEOUT_SECONDS = 600;

  private final Diagnostics diagnostics;
  private final Limits limits;

  public SqlSourceLoader(Diagnostics diagnostics, Limits limits) {
    this.diagnostics = diagnostics;
    this.limits = limits;
  }

  /** The SQL sources by name, in file name order; empty when the folder is absent. */
  public Map<String, SqlSource> loadFolder(Path folder, Path displayBase) {
    Map<String, SqlSource> out = new LinkedHashMap<>();
    if (!Files.isDirectory(folder)) {
      return out;
    }
    for (Path file : YamlFiles.list(folder, displayBase, diagnostics)) {
      String shown = YamlFiles.display(file, displayBase);
      String name = file.getFileName().toString().replaceFirst("\\.ya?ml$", "");
      try (Reader r = YamlFiles.open(file, limits)) {
        load(r, shown, name).ifPresent(s -> out.put(s.name(), s));
      } catch (IOException e) {
        diagnostics.error(shown, 0, 0, "", "cannot be read: " + FileFailure.reading(e));
      }
    }
    return out;
  }

  /** One source file; empty when it is not a SQL source or has errors. */
  public Optional<SqlSource> load(Reader reader, String file, String name) {
    YamlFields f = new YamlFields(file, diagnostics);
    Optional<YamlNode.Mapping> root =
        new YamlTreeReader(file, diagnostics).read(reader).flatMap(n -> f.mapping(n, "a source"));
    if (root.isEmpty() || !root.get().entries().containsKey("kind")
        || !f.optionalText(root.get(), "kind").orElse("").equals("sql")) {
      return Optional.empty();
    }
    YamlNode.Mapping m = root.get();
    long errorsBefore = errors();
    refuseCredentials(m, f);
    f.onlyKeys(m, union(KEYS, CREDENTIALS));
    Optional<String> connection = f.requiredText(m, "connection");
    int months = f.optional(m, "months").flatMap(n -> f.wholeNumber(n, 1, 120)).orElse(DEFAULT_MONTHS);
    int timeout = f.optional(m, "timeout_seconds").flatMap(n -> f.wholeNumber(n, 1, 86_400))
        .orElse(DEFAULT_TIMEOUT_SECONDS);
    Map<String, String> codes = words(m, "codes", f);
    Map<String, String> breakdowns = words(m, "breakdowns", f);
    List<SqlQuery> queries = queries(m, f, file);
    if (errors() > errorsBefore || connection.isEmpty()) {
      return Optional.empty();
    }
    YamlNode at = m.entries().get("connection");
    return Optional.of(new SqlSource(name, connection.get(), months, timeout, codes, breakdowns, queries,
        new SqlQuery.Place(file, at.line(), at.column(), at.path())));
  }

  private void refuseCredentials(YamlNode.Mapping m, YamlFields f) {
    for (YamlNode.Scalar key : m.keys().values()) {
      if (CREDENTIALS.contains(key.text())) {
        f.error(key, "'" + key.text() + "' does not belong in a source file, which is shared with everyone who"
            + " reads the workspace; name the connection here ('connection: NAME') and keep its address, user and"
            + " password in the connections file or in SCOREPACK_CONNECTION_NAME_* environment variables"
            + " (sources/README.md)");
      }
    }
  }

  private Map<String, String> words(YamlNode.Mapping m, String key, YamlFields f) {
    Map<String, String> out = new LinkedHashMap<>();
    f.optional(m, key).flatMap(n -> f.mapping(n, "a mapping of the source's words to ours")).ifPresent(map -> {
      map.entries().forEach((word, ours) -> f.text(ours).ifPresent(t -> out.put(word, t)));
    });
    return out;
  }

  private List<SqlQuery> queries(YamlNode.Mapping m, YamlFields f, String file) {
    List<SqlQuery> out = new ArrayList<>();
    Set<String> names = new HashSet<>();
    List<YamlNode> items = f.required(m, "queries").map(n -> f.list(n, "queries")).orElse(List.of());
    if (items.isEmpty() && m.entries().containsKey("queries")) {
      f.error(m.entries().get("queries"), "expected at least one query {name: ..., sql: ...}, found none");
    }
    for (YamlNode item : items) {
      f.mapping(item, "a query {name: ..., indicator: ..., sql: ...}").ifPresent(q -> {
        f.onlyKeys(q, QUERY_KEYS);
        Optional<String> name = f.requiredText(q, "name");
        Optional<String> sql = f.requiredText(q, "sql");
        Optional<String> indicator = f.optionalText(q, "indicator");
        if (name.isPresent() && !names.add(name.get())) {
          f.error(q.entries().get("name"), "the query name '" + name.get() + "' is used twice in this source;"
              + " expected each query named once, as its extracts record it");
        }
        if (name.isPresent() && sql.isPresent()) {
          YamlNode at = q.entries().get("sql");
          out.add(new SqlQuery(name.get(), indicator, sql.get(),
              new SqlQuery.Place(file, at.line(), at.column(), at.path())));
        }
      });
    }
    return out;
  }

  private long errors() {
    return diagnostics.count(scorepack.diagnostic.Severity.ERROR);
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> out = new HashSet<>(a);
    out.addAll(b);
    return out;
  }
}
