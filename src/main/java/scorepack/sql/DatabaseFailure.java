package scorepack.sql;

import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.util.Locale;
import java.util.Set;

/**
 * Why talking to the database failed, in the words a BI developer acts on, and whether the fix
 * lies in the input (the credentials, the query: exit code 2) or elsewhere (the network, a busy
 * server: exit code 1).
 */
public enum DatabaseFailure {
  /** The server refused the login: a wrong user name or password, or a user without access. */
  LOGIN_REFUSED(true),
  /** The server accepted the login but has no database of the name the URL gives. */
  NO_SUCH_DATABASE(true),
  /** The server could not be reached: wrong name or port, not running, a firewall, no network. */
  UNREACHABLE(false),
  /** The query ran longer than the source's {@code timeout_seconds} and was cancelled. */
  TIMEOUT(false),
  /** The database refused the query as written: a syntax error, an unknown table or column, no permission. */
  QUERY_REFUSED(true),
  /** The query failed for a reason outside it: the connection dropped, a deadlock, the server ran short. */
  QUERY_FAILED(false);

  /** SQLState classes of errors in the query as written (ISO/IEC 9075 and SQL Server's S0). */
  private static final Set<String> QUERY_CLASSES = Set.of("42", "22", "21", "3F", "0A", "2B", "S0");
  /** SQL Server's own error numbers for a refused login and for a database that does not exist. */
  private static final int SQL_SERVER_LOGIN_FAILED = 18456;
  private static final int SQL_SERVER_NO_DATABASE = 4060;

  private final boolean badInput;

  DatabaseFailure(boolean badInput) {
    this.badInput = badInput;
  }

  /** Whether the user's input (credentials, query) needs fixing, which is exit code 2. */
  public boolean badInput() {
    return badInput;
  }

  /** Why opening the connection failed. */
  static DatabaseFailure ofConnecting(SQLException e) {
    String state = state(e);
    if (state.startsWith("28") || e.getErrorCode() == SQL_SERVER_LOGIN_FAILED) {
      return LOGIN_REFUSED;
    }
    if (state.equals("3D000") || e.getErrorCode() == SQL_SERVER_NO_DATABASE) {
      return NO_SUCH_DATABASE;
    }
    return UNREACHABLE;
  }

  /** Why running a query failed. */
  static DatabaseFailure ofQuery(SQLException e) {
    String state = state(e);
    if (e instanceof SQLTimeoutException || state.equals("57014") || state.equals("HYT00")) {
      return TIMEOUT;
    }
    if (state.startsWith("28")) {
      return LOGIN_REFUSED;
    }
    if (state.length() >= 2 && QUERY_CLASSES.contains(state.substring(0, 2))) {
      return QUERY_REFUSED;
    }
    return QUERY_FAILED;
  }

  private static String state(SQLException e) {
    return e.getSQLState() == null ? "" : e.getSQLState().toUpperCase(Locale.ROOT);
  }
}
