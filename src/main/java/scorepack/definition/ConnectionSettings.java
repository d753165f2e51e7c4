package scorepack.definition;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How to reach one reporting database: kept outside the workspace, in the connections file or in
 * environment variables.
 *
 * @param name the name sources use for it
 * @param url the JDBC URL, e.g. {@code jdbc:sqlserver://reporting:1433;databaseName=Cases;encrypt=true}
 * @param user the database user; empty when the URL or the system supplies it (integrated security)
 * @param password the password; empty when none is needed
 * @param loginTimeoutSeconds how long to wait for the server to accept the login
 * @param origin where the settings were found, for messages: a file or "the environment"
 */
public record ConnectionSettings(String name, String url, Optional<String> user, Optional<Secret> password,
    int loginTimeoutSeconds, String origin) {
  private static final Pattern URL_SECRET =
      Pattern.compile("(?i)((?:password|pwd|accesstoken|clientsecret)\\s*=)[^;&]*");

  public ConnectionSettings {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(password, "password");
    Objects.requireNonNull(origin, "origin");
    if (loginTimeoutSeconds < 1) {
      throw new IllegalArgumentException("loginTimeoutSeconds must be at least 1");
    }
  }

  /** The URL fit to print: any password written into it is hidden. */
  public String shownUrl() {
    return URL_SECRET.matcher(url).replaceAll("$1(hidden)");
  }

  /** Text a driver wrote, with the password hidden wherever it appears, in the URL too. */
  public String hideSecrets(String message) {
    String m = message == null ? "" : message.replace(url, shownUrl());
    return password.map(p -> p.hideIn(m)).orElse(m);
  }

  /** The settings fit to print: the URL with any password hidden, and the password never. */
  @Override
  public String toString() {
    return "ConnectionSettings[name=" + name + ", url=" + shownUrl() + ", user=" + user.orElse("") + ", password="
        + (password.isPresent() ? "(hidden)" : "none") + ", origin=" + origin + "]";
  }

  /** The prefix of the environment variables that may give or override these settings. */
  public static String environmentPrefix(String name) {
    return "SCOREPACK_CONNECTION_" + name.toUpperCase(java.util.Locale.ROOT).replaceAll("[^A-Z0-9]", "_") + "_";
  }
}
