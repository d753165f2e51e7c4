package scorepack.sql;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import scorepack.definition.ConnectionSettings;
import scorepack.definition.SourceQuery;
import scorepack.diagnostic.Diagnostics;

/**
 * Runs a source's queries in one read-only transaction on one connection, as a well-behaved
 * client of a reporting database: it names itself to the server, waits a bounded time for the
 * login and for each query, streams the rows, changes nothing and leaves nothing open.
 */
public final class QueryRunner {
  /** Rows fetched per round trip: streams a large result instead of holding it twice. */
  private static final int FETCH_SIZE = 1000;

  private final Clock clock;

  public QueryRunner(Clock clock) {
    this.clock = clock;
  }

  /**
   * Runs every query of the source for the months. A result of the wrong shape (a missing or
   * unknown column) is reported to {@code diagnostics} and gives no rows.
   *
   * @throws SourceFailure when the server cannot be reached, refuses the login, or fails a query
   */
  public List<QueryResult> run(SqlSource source, ConnectionSettings settings, Months months,
      Diagnostics diagnostics) throws SourceFailure {
    List<QueryResult> results = new ArrayList<>();
    try (Connection c = connect(source, settings)) {
      for (SourceQuery q : source.queries()) {
        results.add(run(c, source, settings, q, months, diagnostics));
      }
      c.rollback(); // read only: nothing to keep, and the transaction ends here
    } catch (SQLException e) {
      // closing failed after every query had run: the results stand
    }
    return results;
  }

  private Connection connect(SqlSource source, ConnectionSettings settings) throws SourceFailure {
    DriverManager.setLoginTimeout(settings.loginTimeoutSeconds());
    try {
      Connection c = DriverManager.getConnection(settings.url(), properties(settings));
      c.setAutoCommit(false); // one transaction: one consistent view, and PostgreSQL streams rows only in one
      c.setReadOnly(true);
      return c;
    } catch (SQLException e) {
      DatabaseFailure why = e.getMessage() != null && e.getMessage().startsWith("No suitable driver")
          ? DatabaseFailure.NO_SUCH_DATABASE : DatabaseFailure.ofConnecting(e);
      throw new SourceFailure(why, source.at(), connectMessage(why, source, settings, e));
    }
  }

  private static Properties properties(ConnectionSettings settings) {
    Properties p = new Properties();
    settings.user().ifPresent(u -> p.setProperty("user", u));
    settings.password().ifPresent(s -> p.setProperty("password", s.reveal()));
    String timeout = String.valueOf(settings.loginTimeoutSeconds());
    if (settings.url().startsWith("jdbc:postgresql:")) {
      p.setProperty("ApplicationName", "scorepack");
      p.setProperty("loginTimeout", timeout);
      p.setProperty("connectTimeout", timeout);
    } else if (settings.url().startsWith("jdbc:sqlserver:")) {
      p.setProperty("applicationName", "scorepack");
      p.setProperty("loginTimeout", timeout);
    }
    return p;
  }

  private QueryResult run(Connection c, SqlSource source, ConnectionSettings settings, SourceQuery q, Months months,
      Diagnostics diagnostics) throws SourceFailure {
    NamedParameters params = NamedParameters.of(q.sql());
    Instant started = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS); // as a person reads it
    long t0 = System.nanoTime();
    try (PreparedStatement st = c.prepareStatement(params.jdbcSql())) {
      st.setQueryTimeout(source.origin().timeoutSeconds());
      st.setFetchSize(FETCH_SIZE);
      for (int i = 0; i < params.order().size(); i++) {
        st.setDate(i + 1, java.sql.Date.valueOf(params.order().get(i).of(months)));
      }
      List<ResultRow> rows = new ArrayList<>();
      try (ResultSet rs = st.executeQuery()) {
        ResultColumns columns = ResultColumns.of(rs.getMetaData(), source, q, diagnostics);
        if (columns != null) {
          RowMapping mapping = new RowMapping(source, q, diagnostics);
          while (rs.next()) {
            mapping.row(columns, rs).ifPresent(rows::add);
          }
          mapping.reportUnknown();
        }
      }
      return new QueryResult(q, sha256(q.sql()), started, Duration.ofNanos(System.nanoTime() - t0), rows);
    } catch (SQLException e) {
      DatabaseFailure why = DatabaseFailure.ofQuery(e);
      throw new SourceFailure(why, source.at(q), queryMessage(why, source, settings, q, e));
    }
  }

  /** The SHA-256 of the query's text, which the extract records so that a changed query shows. */
  static String sha256(String sql) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(sql.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }

  private static String connectMessage(DatabaseFailure why, SqlSource source, ConnectionSettings s, SQLException e) {
    String server = "connection '" + s.name() + "' (" + s.shownUrl() + ", from " + s.origin() + ")";
    String driver = driverSaid(s, e);
    return switch (why) {
      case LOGIN_REFUSED -> "the database refused the login of " + s.user().map(u -> "user '" + u + "'")
          .orElse("this user") + " on " + server + ": " + driver + "; check the user and password of the"
          + " connection, in " + s.origin() + " or " + ConnectionSettings.environmentPrefix(s.name()) + "PASSWORD";
      case NO_SUCH_DATABASE -> "cannot open " + server + ": " + driver + "; check the database name and the driver"
          + " in its URL (jdbc:sqlserver://HOST:1433;databaseName=NAME or jdbc:postgresql://HOST:5432/NAME)";
      default -> "cannot reach the database server of " + server + " for source '" + source.name() + "': "
          + driver + "; check the server name and port, that the server is running, and that this machine may"
          + " connect to it (a firewall, a VPN)";
    };
  }

  private static String queryMessage(DatabaseFailure why, SqlSource source, ConnectionSettings s, SourceQuery q,
      SQLException e) {
    String which = "query '" + q.name() + "' of source '" + source.name() + "' on connection '" + s.name() + "'";
    return switch (why) {
      case TIMEOUT -> which + " ran longer than its timeout of " + source.origin().timeoutSeconds() + " second(s) and was"
          + " cancelled (" + driverSaid(s, e) + "); raise timeout_seconds in " + source.source().file()
          + ", or run it when the server is less busy";
      case QUERY_REFUSED, LOGIN_REFUSED -> "the database refused " + which + ": " + driverSaid(s, e)
          + "; correct the query in " + source.source().file() + " (try it in your SQL client first)";
      default -> which + " failed: " + driverSaid(s, e) + "; try again, or ask the database's administrator";
    };
  }

  /** The driver's own words, one line, with the SQLState, and never the password. */
  private static String driverSaid(ConnectionSettings s, SQLException e) {
    String text = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    text = s.hideSecrets(text).lines().map(String::strip).filter(l -> !l.isEmpty())
        .reduce((a, b) -> a + " " + b).orElse("");
    return text + (e.getSQLState() == null ? "" : " [SQLState " + e.getSQLState() + "]");
  }
}
