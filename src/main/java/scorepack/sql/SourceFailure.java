package scorepack.sql;

import java.util.Objects;
import scorepack.definition.SqlQuery;

/**
 * The database could not give a source's figures. The message names the source, the connection
 * and the query, never the password.
 */
public final class SourceFailure extends Exception {
  private final DatabaseFailure failure;
  private final transient SqlQuery.Place place;

  SourceFailure(DatabaseFailure failure, SqlQuery.Place place, String message) {
    super(message);
    this.failure = Objects.requireNonNull(failure, "failure");
    this.place = Objects.requireNonNull(place, "place");
  }

  public DatabaseFailure failure() {
    return failure;
  }

  /** Where in the source file the failing connection or query is written. */
  public SqlQuery.Place place() {
    return place;
  }

  /** Never the driver's exception, whose message or URL may hold what this one hides. */
  @Override
  public synchronized Throwable getCause() {
    return null;
  }
}
