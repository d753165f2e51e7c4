package scorepack.definition;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A source whose figures come from SQL queries run against a council's reporting database over
 * JDBC ({@code kind: sql} in {@code sources/*.yaml}). It names its connection; the connection's
 * address and credentials live outside the workspace.
 *
 * @param name the source's name, its file name without {@code .yaml}; its extracts are named after it
 * @param connection the name of the connection, looked up in the connections file or the environment
 * @param months how many months each extract covers, ending with the reporting month (re-runs repeat the months
 *     before it, as late recording changes them)
 * @param timeoutSeconds how long one query may run before it is cancelled
 * @param codes the source's indicator codes and the ids they stand for; empty: codes are ids, matched ignoring case
 * @param breakdowns the source's breakdown words and ours; a word not listed is used as it is
 * @param queries the queries, in the order written
 * @param at where the source's {@code connection:} is written
 */
public record SqlSource(String name, String connection, int months, int timeoutSeconds, Map<String, String> codes,
    Map<String, String> breakdowns, List<SqlQuery> queries, SqlQuery.Place at) {
  public SqlSource {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(connection, "connection");
    codes = Map.copyOf(codes);
    breakdowns = Map.copyOf(breakdowns);
    queries = List.copyOf(queries);
    Objects.requireNonNull(at, "at");
    if (months < 1 || timeoutSeconds < 1) {
      throw new IllegalArgumentException("months and timeout must be at least 1");
    }
  }

  /** The indicator id a code returned by a query stands for, or empty when the source does not map it. */
  public Optional<String> indicatorFor(String code, java.util.Set<String> ids) {
    if (!codes.isEmpty()) {
      return Optional.ofNullable(codes.get(code));
    }
    return ids.stream().filter(id -> id.equalsIgnoreCase(code.trim())).findFirst();
  }

  /** Our breakdown word for the source's. */
  public String breakdownFor(String word) {
    return breakdowns.getOrDefault(word, word);
  }
}
