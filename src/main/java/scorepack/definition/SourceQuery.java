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
 * @param line the line of the YAML file the query starts on, for messages
 */
public record SourceQuery(String name, Optional<String> indicator, String sql, int line) {
  public SourceQuery {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(indicator, "indicator");
    Objects.requireNonNull(sql, "sql");
  }
}
