package scorepack.definition;

import java.util.Objects;
import java.util.Optional;

/**
 * One query of a SQL source, as its YAML gives it.
 *
 * @param name the query's name, unique in its source, recorded with every extract it fills
 * @param indicator the indicator every row is for; empty when the query returns an {@code indicator} column
 * @param sql the query text, with {@code :period_start} and {@code :period_end} where it takes the months
 * @param at where the query is written, for messages about it
 */
public record SqlQuery(String name, Optional<String> indicator, String sql, Place at) {
  public SqlQuery {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(indicator, "indicator");
    Objects.requireNonNull(sql, "sql");
    Objects.requireNonNull(at, "at");
    if (sql.isBlank()) {
      throw new IllegalArgumentException("a query needs its SQL text");
    }
  }

  /**
   * A place in a YAML file.
   *
   * @param file the file as the user names it
   * @param line the 1-based line
   * @param column the 1-based column
   * @param path the YAML path, e.g. {@code queries[1].sql}
   */
  public record Place(String file, int line, int column, String path) {
    public Place {
      Objects.requireNonNull(file, "file");
      Objects.requireNonNull(path, "path");
    }
  }
}
