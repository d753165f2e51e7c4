package scorepack.sql;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import scorepack.definition.Source;
import scorepack.definition.SourceField;
import scorepack.definition.SourceOrigin;
import scorepack.definition.SourceQuery;
import scorepack.definition.YamlPlace;

/**
 * A source of {@code kind: sql}: its mapping ({@code sources/NAME.yaml}) and its queries.
 *
 * @param source the source mapping: its codes, breakdown words, column names and date format
 * @param origin its connection, queries, months and timeout
 */
public record SqlSource(Source source, SourceOrigin.Queries origin) {
  public SqlSource {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(origin, "origin");
  }

  /** The source as a SQL source, or empty when it reads files. */
  public static Optional<SqlSource> of(Source source) {
    return source.origin() instanceof SourceOrigin.Queries q ? Optional.of(new SqlSource(source, q)) : Optional.empty();
  }

  public String name() {
    return source.name();
  }

  public String connection() {
    return origin.connection();
  }

  public List<SourceQuery> queries() {
    return origin.queries();
  }

  /** Where the source names its connection, for a message about the connection. */
  public YamlPlace at() {
    return new YamlPlace(source.file(), 0, 0, "connection");
  }

  /** Where a query is written, for a message about it. */
  public YamlPlace at(SourceQuery query) {
    return new YamlPlace(source.file(), query.line(), 0, "queries[" + queries().indexOf(query) + "]");
  }

  /** The name of the result column holding the field: the source's {@code columns:} name, else ours. */
  String column(SourceField field) {
    return source.heading(field).orElse(field.column());
  }
}
