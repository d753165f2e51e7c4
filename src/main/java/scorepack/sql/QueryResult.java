package scorepack.sql;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import scorepack.definition.SourceQuery;

/**
 * What one query returned, and when.
 *
 * @param query the query run
 * @param sha256 the SHA-256 of the query's text as the source file gives it, hex
 * @param started when it was sent to the server
 * @param took how long it ran, fetching included
 * @param rows the rows, in the order the database returned them
 */
public record QueryResult(SourceQuery query, String sha256, Instant started, Duration took, List<ResultRow> rows) {
  public QueryResult {
    Objects.requireNonNull(query, "query");
    Objects.requireNonNull(sha256, "sha256");
    Objects.requireNonNull(started, "started");
    Objects.requireNonNull(took, "took");
    rows = List.copyOf(rows);
  }
}
