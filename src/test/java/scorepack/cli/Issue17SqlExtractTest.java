package scorepack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scorepack.sql.PostgresServer;

/**
 * Issue 17 points 3 and 4: {@code scorepack extract} against a real PostgreSQL server, with the
 * mini case system of {@code src/test/resources/sql/mini-cases.sql}, whose figures are worked by hand.
 */
class Issue17SqlExtractTest {
  static final String PASSWORD = "Reader-pw-7f3a";
  static final Clock JAN_6 = Clock.fixed(Instant.parse("2023-01-06T07:30:00Z"), ZoneOffset.UTC);
  private static String url;

  @TempDir
  Path temp;

  @BeforeAll
  static void database() throws SQLException, IOException {
    PostgresServer server = PostgresServer.shared();
    synchronized (Issue17SqlExtractTest.class) {
      if (url == null) {
        url = server.createDatabase("mini_cases");
        server.execute(url, Files.readString(Path.of("src/test/resources/sql/mini-cases.sql")));
        server.createReader("mini_cases", "reader", PASSWORD);
      }
    }
  }

  private Path workspace() throws IOException {
    Path ws = MiniWorkspace.copyTo(temp.resolve("ws"));
    Files.createDirectories(ws.resolve("sources"));
    Files.copy(Path.of("src/test/resources/sql/mini-cases.yaml"), ws.resolve("sources/cases.yaml"));
    return ws;
  }

  private static Map<String, String> env(String password) {
    return Map.of("SCOREPACK_CONNECTION_CASES_URL", url, "SCOREPACK_CONNECTION_CASES_USER", "reader",
        "SCOREPACK_CONNECTION_CASES_PASSWORD", password, "HOME", "/nonexistent");
  }

  private static CliRun extract(Map<String, String> env, Path ws, String... more) {
    String[] args = Stream.concat(Stream.of("extract", "--workspace", ws.toString(), "--period", "2022-12"),
        Stream.of(more)).toArray(String[]::new);
    return CliRun.withEnvOn(env, JAN_6, args);
  }

  private static List<String> dataFiles(Path ws) throws IOException {
    try (Stream<Path> s = Files.list(ws.resolve("samples"))) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void extractWritesTheQueriesFiguresAsADatedExtractWithTheirProvenance() throws Exception {
    Path ws = workspace();
    CliRun run = extract(env(PASSWORD), ws);
    assertThat(run.exitCode()).as(run.err()).isZero();
    Path written = ws.resolve("samples/2023-01-06-cases.csv");
    // Worked by hand from mini-cases.sql: open episodes at each month end, reviews held in each month.
    assertThat(Files.readString(written)).isEqualTo("""
        indicator,period,breakdown,value,numerator,denominator
        children-looked-after,2022-10,,,2,
        children-looked-after,2022-11,,,2,
        children-looked-after,2022-12,,,3,
        reviews-in-time,2022-10,,,1,2
        reviews-in-time,2022-11,,,1,1
        reviews-in-time,2022-12,,,2,3
        """);
    String provenance = Files.readString(ws.resolve("samples/2023-01-06-cases.queries.yaml"));
    String yaml = Files.readString(ws.resolve("sources/cases.yaml"));
    String looked = yaml.substring(yaml.indexOf("SELECT 'CLA'"), yaml.indexOf("  - name: reviews")).replace("\n      ",
        "\n");
    assertThat(provenance).contains("source: cases", "connection: cases", "months: 2022-10..2022-12",
        "extracted: 2023-01-06", "name: looked-after", "sha256: " + sha256(looked), "started: 2023-01-06T07:30:00Z",
        "lines: 2-4", "name: reviews", "lines: 5-7", "rows: 3", "SELECT 'CLA' AS indicator");
    assertThat(provenance).doesNotContain(PASSWORD);
    assertThat(run.out()).contains("1 extract(s) written").doesNotContain(PASSWORD);
  }

  @Test
  void theExtractIsReadByGenerateAndExplainNamesTheQueryAndWhenItRan() throws Exception {
    Path ws = workspace();
    assertThat(extract(env(PASSWORD), ws).exitCode()).isZero();
    CliRun explain = CliRun.withEnvOn(Map.of(), JAN_6, "explain", "children-looked-after", "--workspace",
        ws.toString(), "--period", "2022-12");
    assertThat(explain.exitCode()).as(explain.err()).isZero();
    assertThat(explain.out()).contains("samples/2023-01-06-cases.csv:4 (extracted 2023-01-06)",
        "samples/2023-01-06-cases.csv:4 (extracted 2023-01-06), from query 'looked-after' (sha256 ",
        "run 2023-01-06T07:30:00Z");
    CliRun generate = CliRun.withEnvOn(Map.of(), JAN_6, "generate", "--workspace", ws.toString(), "--format", "csv");
    assertThat(generate.exitCode()).as(generate.err()).isZero();
    assertThat(Files.readString(ws.resolve("out/mini-2022-12.csv"))).contains("2023-01-06-cases.csv");
  }

  @Test
  void aQueryIsReadThroughTheSourcesColumnNamesCodesSkippedCodesBreakdownWordsAndDateFormat() throws Exception {
    Path ws = workspace();
    Files.writeString(ws.resolve("indicators/contacts.yaml"), """
        indicators:
          - id: contacts
            title: Contacts received
            unit: count
            polarity: info
            timeline: monthly
            behaviour: flow
            breakdowns: [Children, Families]
        """);
    Files.writeString(ws.resolve("sources/cases.yaml"), """
        kind: sql
        connection: cases
        columns: {indicator: code, period: month_text, breakdown: grp}
        codes: {CONTACTS: contacts}
        skip_codes: [AUDIT]
        breakdowns: {All: "", FAM: Families, CYP: Children}
        date_format: MMM-yy
        queries:
          - name: contacts
            sql: |
              SELECT 'CONTACTS' AS Code, 'Dec-22' AS Month_Text, 'FAM' AS Grp, 12 AS value
              UNION ALL SELECT 'CONTACTS', 'Dec-22', 'all', 30
              UNION ALL SELECT 'CONTACTS', 'Dec-22', 'CYP', 18
              UNION ALL SELECT 'AUDIT', 'Dec-22', 'All', 1
        """);
    CliRun run = extract(env(PASSWORD), ws);
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(Files.readString(ws.resolve("samples/2023-01-06-cases.csv"))).isEqualTo("""
        indicator,period,breakdown,value,numerator,denominator
        contacts,2022-12,Families,12,,
        contacts,2022-12,,30,,
        contacts,2022-12,Children,18,,
        """);
  }

  @Test
  void aSecondExtractTheSameDayIsANewFileThatSortsLaterAndTheFirstIsUntouched() throws Exception {
    Path ws = workspace();
    assertThat(extract(env(PASSWORD), ws).exitCode()).isZero();
    Path first = ws.resolve("samples/2023-01-06-cases.csv");
    byte[] before = Files.readAllBytes(first);
    CliRun again = extract(env(PASSWORD), ws);
    assertThat(again.exitCode()).as(again.err()).isZero();
    assertThat(Files.readAllBytes(first)).isEqualTo(before);
    assertThat(dataFiles(ws)).containsSubsequence("2023-01-06-cases.csv", "2023-01-06-cases.queries.yaml",
        "2023-01-06-cases_2.csv", "2023-01-06-cases_2.queries.yaml");
    assertThat(dataFiles(ws)).noneMatch(n -> n.startsWith("."));
  }

  @Test
  void aWrongPasswordIsBadInputNamingTheConnectionAndUserButNeverThePassword() throws Exception {
    Path ws = workspace();
    List<String> before = dataFiles(ws);
    CliRun run = extract(env("not-the-password"), ws, "--debug");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("sources/cases.yaml: error: connection: the database refused the login of"
        + " user 'reader' on connection 'cases'", "password authentication failed", "SCOREPACK_CONNECTION_CASES_PASSWORD");
    assertThat(run.err() + run.out()).doesNotContain("not-the-password");
    assertThat(dataFiles(ws)).isEqualTo(before);
  }

  @Test
  void anUnreachableServerIsAFailureOfItsOwnWithNothingWritten() throws Exception {
    Path ws = workspace();
    List<String> before = dataFiles(ws);
    int closed;
    try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
      closed = s.getLocalPort();
    }
    Map<String, String> env = new java.util.HashMap<>(env(PASSWORD));
    env.put("SCOREPACK_CONNECTION_CASES_URL", "jdbc:postgresql://localhost:" + closed + "/mini_cases");
    CliRun run = extract(env, ws);
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("scorepack: error: cannot reach the database server of connection 'cases'"
        + " (jdbc:postgresql://localhost:" + closed + "/mini_cases", "check the server name and port",
        "nothing was written");
    assertThat(run.err()).doesNotContain(PASSWORD);
    assertThat(dataFiles(ws)).isEqualTo(before);
  }

  @Test
  void aQueryThatRunsPastItsTimeoutIsCancelledAndNothingIsWritten() throws Exception {
    Path ws = workspace();
    List<String> before = dataFiles(ws);
    Files.writeString(ws.resolve("sources/cases.yaml"), """
        kind: sql
        connection: cases
        timeout_seconds: 1
        queries:
          - name: slow
            indicator: children-looked-after
            sql: SELECT '2022-12' AS period, 1 AS numerator FROM (SELECT pg_sleep(5)) AS wait
        """);
    CliRun run = extract(env(PASSWORD), ws);
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("query 'slow' of source 'cases' on connection 'cases' ran longer than its timeout"
        + " of 1 second(s) and was cancelled", "raise timeout_seconds in sources/cases.yaml", "nothing was written");
    assertThat(dataFiles(ws)).isEqualTo(before);
  }

  @Test
  void aQueryTheDatabaseRefusesIsBadInputAtItsPlaceInTheSourceFile() throws Exception {
    Path ws = workspace();
    List<String> before = dataFiles(ws);
    Files.writeString(ws.resolve("sources/cases.yaml"), Files.readString(ws.resolve("sources/cases.yaml"))
        .replace("FROM reviews r", "FROM review_meetings r"));
    CliRun run = extract(env(PASSWORD), ws);
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("sources/cases.yaml:18: error: queries[1]: the database refused query"
        + " 'reviews' of source 'cases' on connection 'cases': ERROR: relation \"review_meetings\" does not exist",
        "[SQLState 42P01]");
    assertThat(dataFiles(ws)).isEqualTo(before);
  }

  @Test
  void anEmptyResultIsAWarningNamingTheSourceAndWritesNoFile() throws Exception {
    Path ws = workspace();
    List<String> before = dataFiles(ws);
    CliRun run = CliRun.withEnvOn(env(PASSWORD), JAN_6, "extract", "--workspace", ws.toString(), "--period",
        "2022-05");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err()).contains("sources/cases.yaml:9: warning: queries[0]: source 'cases': query 'looked-after' returned no rows"
        + " for 2022-03..2022-05",
        "warning: source 'cases' returned no rows at all for 2022-03..2022-05, so no extract was written for it");
    assertThat(dataFiles(ws)).isEqualTo(before);
  }

  @Test
  void aCodeTheSourceDoesNotMapIsReportedOnceWithItsRowCount() throws Exception {
    Path ws = workspace();
    Files.writeString(ws.resolve("sources/cases.yaml"), Files.readString(ws.resolve("sources/cases.yaml"))
        .replace("SELECT 'CLA' AS indicator", "SELECT 'CLA-COUNT' AS indicator"));
    CliRun run = extract(env(PASSWORD), ws);
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).containsOnlyOnce("'CLA-COUNT'");
    assertThat(run.err()).contains("query 'looked-after' returned the indicator code 'CLA-COUNT' in 3 row(s), which"
        + " stands for no indicator; expected one of the codes under 'codes:' (CLA)");
  }

  @Test
  void aFigureGenerateWouldRefuseIsRefusedNowAgainstTheQueryThatReturnedIt() throws Exception {
    Path ws = workspace();
    Files.writeString(ws.resolve("sources/cases.yaml"), Files.readString(ws.resolve("sources/cases.yaml"))
        .replace("COUNT(*) AS Denominator", "COUNT(*) - 1 AS Denominator"));
    CliRun run = extract(env(PASSWORD), ws);
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("sources/cases.yaml:18: error: queries[1]: query 'reviews', row 2, column"
        + " numerator: the numerator 1 is larger than the denominator 0");
  }

  @Test
  void aQueryWrongInManyRowsShowsAFewAndCountsTheRest() throws Exception {
    Path ws = workspace();
    Files.writeString(ws.resolve("sources/cases.yaml"), """
        kind: sql
        connection: cases
        queries:
          - name: negative
            indicator: children-looked-after
            sql: SELECT period, -1 AS numerator FROM calendar_months WHERE period <= '2022-12'
        """);
    CliRun run = extract(env(PASSWORD), ws);
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("sources/cases.yaml:4: error: queries[0]: query 'negative', row 1, column"
        + " numerator: expected a number of zero or more, found -1",
        "sources/cases.yaml:4: error: queries[0]: query 'negative': 1 more row(s) with problems like these in"
        + " column numerator");
    assertThat(run.err().lines().filter(l -> l.contains("expected a number of zero or more"))).hasSize(3);
  }

  @Test
  void generateWithExtractTakesTheExtractFirstAndBuildsThePacksFromIt() throws Exception {
    Path ws = workspace();
    CliRun run = CliRun.withEnvOn(env(PASSWORD), JAN_6, "generate", "--extract", "--workspace", ws.toString(),
        "--period", "2022-12", "--format", "csv");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("Running source 'cases' (2 queries, 2022-10..2022-12) on connection 'cases'",
        "Wrote ");
    assertThat(Files.readString(ws.resolve("out/mini-2022-12.csv")))
        .contains("children-looked-after,,month,2022-12,3,3", "reviews-in-time,,month,2022-12,66.666667,66.7%");
    CliRun asOf = CliRun.withEnvOn(env(PASSWORD), JAN_6, "generate", "--extract", "--as-of", "2023-01-05",
        "--workspace", ws.toString());
    assertThat(asOf.exitCode()).isEqualTo(2);
    assertThat(asOf.err()).contains("--extract takes a new extract today, and --as-of rebuilds what was known on an"
        + " earlier day; expected one or the other");
    CliRun authority = CliRun.withEnvOn(env(PASSWORD), JAN_6, "generate", "--extract", "--authority", "ALL",
        "--workspace", ws.toString());
    assertThat(authority.exitCode()).isEqualTo(2);
    assertThat(authority.err()).contains("run 'scorepack extract --data DATA/NAME' for each authority first");
  }

  @Test
  void aConnectionsFileOutsideTheWorkspaceIsReadAndOneOthersCanReadIsRefused() throws Exception {
    Path ws = workspace();
    Path file = temp.resolve("private/connections.yaml");
    Files.createDirectories(file.getParent());
    Files.writeString(file, "cases:\n  url: " + url + "\n  user: reader\n  password: " + PASSWORD + "\n");
    Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
    CliRun open = CliRun.withEnvOn(Map.of("HOME", "/nonexistent"), JAN_6, "extract", "--workspace", ws.toString(),
        "--period", "2022-12", "--connections", file.toString());
    assertThat(open.exitCode()).isEqualTo(2);
    assertThat(open.err()).contains("holds a password and others on this machine may read it", "chmod 600");
    Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
    CliRun ok = CliRun.withEnvOn(Map.of("HOME", "/nonexistent"), JAN_6, "extract", "--workspace", ws.toString(),
        "--period", "2022-12", "--connections", file.toString());
    assertThat(ok.exitCode()).as(ok.err()).isZero();
    Path inside = ws.resolve("connections.yaml");
    Files.copy(file, inside);
    CliRun refused = CliRun.withEnvOn(Map.of("HOME", "/nonexistent"), JAN_6, "extract", "--workspace",
        ws.toString(), "--period", "2022-12", "--connections", inside.toString());
    assertThat(refused.exitCode()).isEqualTo(2);
    assertThat(refused.err()).contains("the connections file lies inside the workspace");
  }

  private static String sha256(String text) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
  }
}
