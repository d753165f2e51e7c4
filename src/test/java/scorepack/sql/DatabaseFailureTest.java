package scorepack.sql;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import org.junit.jupiter.api.Test;

/** SQLStates as PostgreSQL and SQL Server report them, and what a BI developer must do about each. */
class DatabaseFailureTest {
  @Test
  void aRefusedLoginAndAMissingDatabaseAreTheUsersToFix() {
    assertThat(DatabaseFailure.ofConnecting(new SQLException("password authentication failed", "28P01")))
        .isEqualTo(DatabaseFailure.LOGIN_REFUSED);
    assertThat(DatabaseFailure.ofConnecting(new SQLException("Login failed for user 'x'.", "S0001", 18456)))
        .isEqualTo(DatabaseFailure.LOGIN_REFUSED);
    assertThat(DatabaseFailure.ofConnecting(new SQLException("database \"x\" does not exist", "3D000")))
        .isEqualTo(DatabaseFailure.NO_SUCH_DATABASE);
    assertThat(DatabaseFailure.LOGIN_REFUSED.badInput()).isTrue();
  }

  @Test
  void anUnreachableServerOrABusyOneIsNot() {
    assertThat(DatabaseFailure.ofConnecting(new SQLException("Connection refused", "08001")))
        .isEqualTo(DatabaseFailure.UNREACHABLE);
    assertThat(DatabaseFailure.ofConnecting(new SQLException("The TCP/IP connection to the host failed", "08S01")))
        .isEqualTo(DatabaseFailure.UNREACHABLE);
    assertThat(DatabaseFailure.ofQuery(new SQLTimeoutException("The query has timed out."))).isEqualTo(
        DatabaseFailure.TIMEOUT);
    assertThat(DatabaseFailure.ofQuery(new SQLException("canceling statement due to user request", "57014")))
        .isEqualTo(DatabaseFailure.TIMEOUT);
    assertThat(DatabaseFailure.ofQuery(new SQLException("deadlock detected", "40P01")))
        .isEqualTo(DatabaseFailure.QUERY_FAILED);
    assertThat(DatabaseFailure.UNREACHABLE.badInput()).isFalse();
    assertThat(DatabaseFailure.TIMEOUT.badInput()).isFalse();
  }

  @Test
  void aQueryTheServerCannotRunAsWrittenIsTheUsersToFix() {
    assertThat(DatabaseFailure.ofQuery(new SQLException("relation does not exist", "42P01")))
        .isEqualTo(DatabaseFailure.QUERY_REFUSED);
    assertThat(DatabaseFailure.ofQuery(new SQLException("Invalid object name 'x'.", "S0002", 208)))
        .isEqualTo(DatabaseFailure.QUERY_REFUSED);
    assertThat(DatabaseFailure.ofQuery(new SQLException("division by zero", "22012")))
        .isEqualTo(DatabaseFailure.QUERY_REFUSED);
  }
}
