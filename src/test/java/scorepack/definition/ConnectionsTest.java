package scorepack.definition;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scorepack.diagnostic.Diagnostics;

class ConnectionsTest {
  private static final YamlPlace AT = new YamlPlace("sources/cases.yaml", 3, 13, "connection");

  @TempDir
  Path temp;

  private Path file(String text) throws IOException {
    Path f = Files.createDirectories(temp.resolve("config")).resolve("connections.yaml");
    Files.writeString(f, text);
    Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-------"));
    return f;
  }

  private Connections load(Optional<Path> named, Map<String, String> env, Diagnostics d) {
    return Connections.load(named, env, temp.resolve("ws"), temp.resolve("ws/samples"), d);
  }

  @Test
  void theEnvironmentOverridesTheFileKeyByKey() throws IOException {
    Path f = file("cases:\n  url: jdbc:postgresql://db/cases\n  user: reader\n  password: from-file\n");
    Diagnostics d = new Diagnostics();
    ConnectionSettings s = load(Optional.of(f), Map.of("SCOREPACK_CONNECTION_CASES_PASSWORD", "from-env"), d)
        .find("cases", AT, d).orElseThrow();
    assertThat(d.hasErrors()).isFalse();
    assertThat(s.url()).isEqualTo("jdbc:postgresql://db/cases");
    assertThat(s.user()).contains("reader");
    assertThat(s.password().orElseThrow().reveal()).isEqualTo("from-env");
    assertThat(s.origin()).isEqualTo(f.toString());
  }

  @Test
  void aPasswordIsNeverInTheSettingsTextNorInAUrlShownNorInADriversMessage() {
    ConnectionSettings s = new ConnectionSettings("cases",
        "jdbc:sqlserver://db:1433;databaseName=Cases;user=sa;password=Pa55;encrypt=true", Optional.of("sa"),
        Optional.of(new Secret("Pa55")), 30, "the environment");
    assertThat(s.toString()).doesNotContain("Pa55");
    assertThat(s.shownUrl()).isEqualTo("jdbc:sqlserver://db:1433;databaseName=Cases;user=sa;password=(hidden);"
        + "encrypt=true");
    assertThat(s.hideSecrets("Login failed for " + s.url() + " with Pa55")).doesNotContain("Pa55");
  }

  @Test
  void aConnectionNamedNowhereSaysWhereItWasLookedFor() {
    Diagnostics d = new Diagnostics();
    assertThat(load(Optional.empty(), Map.of("HOME", temp.toString()), d).find("case-system", AT, d)).isEmpty();
    assertThat(d.sorted().get(0).toString()).isEqualTo("sources/cases.yaml:3:13: error: connection: no connection"
        + " named 'case-system': expected it in the connections file (none found) or in the environment variable"
        + " SCOREPACK_CONNECTION_CASE_SYSTEM_URL");
  }

  @Test
  void theDefaultFileIsInTheUsersOwnConfigurationFolder() {
    assertThat(Connections.defaultFile(Map.of("APPDATA", "C:\\Users\\ann\\AppData\\Roaming", "HOME", "/home/ann")))
        .isEqualTo(Path.of("C:\\Users\\ann\\AppData\\Roaming", "scorepack", "connections.yaml"));
    assertThat(Connections.defaultFile(Map.of("XDG_CONFIG_HOME", "/home/ann/.cfg")))
        .isEqualTo(Path.of("/home/ann/.cfg/scorepack/connections.yaml"));
    assertThat(Connections.defaultFile(Map.of("HOME", "/home/ann")))
        .isEqualTo(Path.of("/home/ann/.config/scorepack/connections.yaml"));
  }

  @Test
  void aPasswordEnvThatIsNotSetIsReportedAtItsLine() throws IOException {
    Path f = file("cases:\n  url: jdbc:postgresql://db/cases\n  password_env: CASES_PW\n");
    Diagnostics d = new Diagnostics();
    assertThat(load(Optional.of(f), Map.of(), d).find("cases", AT, d)).isEmpty();
    assertThat(d.sorted().get(0).toString()).isEqualTo(f + ":3:17: error: cases.password_env: the environment"
        + " variable 'CASES_PW' is not set; expected it to hold the password of connection 'cases'");
  }

  @Test
  void aNamedFileThatDoesNotExistIsBadInput() {
    Diagnostics d = new Diagnostics();
    load(Optional.of(temp.resolve("nope.yaml")), Map.of(), d);
    assertThat(d.sorted().get(0).message()).startsWith("the connections file does not exist");
  }
}
