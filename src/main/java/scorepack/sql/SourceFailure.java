package scorepack.sql;

import java.util.Objects;
import scorepack.definition.YamlPlace;

/**
 * The database could not give a source's figures. The message names the source, the connection
 * and the query, never the password.
 */
public final class SourceFailure extends Exception {
  private final DatabaseFailure failure;
  private final transient YamlPlace place;

  SourceFailure(DatabaseFailure failure, YamlPlace place, String message) {
    super(message);
    this.failure = Objects.requireNonNull(failure, "failure");
    this.place = Objects.requireNonNull(place, "place");
  }

  public DatabaseFailure failure() {
    return failure;
  }

  /** Where in the source file the failing connection or query is written. */
  public YamlPlace place() {
    return place;
  }

  /** Never the driver's exception, whose message or URL may hold what this one hides. */
  @Override
  public synchronized Throwable getCause() {
    return null;
  }
}
