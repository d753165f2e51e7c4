package scorepack.definition;

import java.util.Objects;
import java.util.Optional;

/**
 * One query of a SQL source.
 *
 * @param name the query's name, unique in its source, written into the extract it produces
 * @param indicator the indicator id every row of the result is for, or empty when the result has
 *     an indicator column (one query returning many indicators)
 * @param sql the query's text
 * @param line the line of the YAML file its {@code sql:} is on, for messages about the query
 * @param column the column its {@code sql:} text starts in
 */
public record SourceQuery(String name, Optional<String> indicator, String sql, int line, int column) {
  public SourceQuery {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(indicator, "indicator");
    Objects.requireNonNull(sql, "sql");
    if (sql.isBlank()) {
      throw new IllegalArgumentException("a query needs its SQL text");
    }
  }
}
