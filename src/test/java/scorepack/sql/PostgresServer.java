package scorepack.sql;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * A real PostgreSQL server for the tests: a fresh cluster in a temporary folder on a free
 * localhost port, started once per test JVM and stopped (and deleted) when it ends. It runs
 * Debian's {@code postgresql} binaries; as root, which {@code initdb} refuses, it runs them as the
 * {@code postgres} user. Logins need a password (scram-sha-256), so a wrong one is refused as a
 * council's server would refuse it.
 *
 * <p>Without the binaries the tests skip with the reason printed, unless
 * {@code SCOREPACK_REQUIRE_DB=1} (set by {@code .ci/run}), which makes a skip a failure.
 */
public final class PostgresServer {
  public static final String ADMIN = "scorepack_admin";
  private static final String ADMIN_PASSWORD = "admin-" + Long.toHexString(System.nanoTime());
  private static PostgresServer shared;
  private static String unavailable;

  private final Path dir;
  private final Path bin;
  private final int port;

  private PostgresServer(Path dir, Path bin, int port) {
    this.dir = dir;
    this.bin = bin;
    this.port = port;
  }

  /** The server, started on first use; skips (or, in CI, fails) the calling test when it cannot be had. */
  public static synchronized PostgresServer shared() {
    if (shared == null && unavailable == null) {
      try {
        shared = start();
        Runtime.getRuntime().addShutdownHook(new Thread(shared::stop));
      } catch (IOException | InterruptedException | RuntimeException e) {
        unavailable = e.getMessage();
      }
    }
    if (shared == null) {
      String reason = "PostgreSQL tests skipped: " + unavailable;
      System.err.println(reason);
      if ("1".equals(System.getenv("SCOREPACK_REQUIRE_DB"))) {
        fail(reason + " (SCOREPACK_REQUIRE_DB=1: CI requires the database tests to run)");
      }
      Assumptions.abort(reason);
    }
    return shared;
  }

  /** A new server, for a caller that stops it itself (the benchmark); tests use {@link #shared()}. */
  public static PostgresServer start() throws IOException, InterruptedException {
    Path bin = binaries().orElseThrow(() -> new IllegalStateException("no PostgreSQL server binaries found"
        + " (initdb, pg_ctl) in /usr/lib/postgresql/*/bin, SCOREPACK_PG_BIN or the PATH; install Debian's"
        + " 'postgresql' package (apt-get install postgresql)"));
    Path dir = Files.createTempDirectory("scorepack-pg");
    Path pw = dir.resolve("pw");
    Files.writeString(pw, ADMIN_PASSWORD + "\n");
    if (asRoot()) {
      run(List.of("chown", "-R", "postgres", dir.toString()));
    }
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    PostgresServer server = new PostgresServer(dir, bin, port);
    server.asPostgres(bin.resolve("initdb").toString(), "-D", dir.resolve("data").toString(), "-U", ADMIN,
        "--pwfile=" + pw, "-A", "scram-sha-256", "-E", "UTF8", "--locale=C", "--no-sync");
    server.asPostgres(bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-l",
        dir.resolve("log").toString(), "-w", "-t", "60", "-o", "-p " + port + " -k " + dir
            + " -c listen_addresses=localhost -c fsync=off -c full_page_writes=off", "start");
    return server;
  }

  /** A new, empty database owned by the admin; returns its JDBC URL. */
  public String createDatabase(String name) throws SQLException {
    execute(url("postgres"), "CREATE DATABASE " + name);
    return url(name);
  }

  /** A login role that may only read the database's public tables. */
  public void createReader(String database, String user, String password) throws SQLException {
    execute(url(database), "CREATE ROLE " + user + " LOGIN PASSWORD '" + password + "';"
        + " GRANT CONNECT ON DATABASE " + database + " TO " + user + ";"
        + " GRANT USAGE ON SCHEMA public TO " + user + ";"
        + " GRANT SELECT ON ALL TABLES IN SCHEMA public TO " + user);
  }

  /** Loads CSV text (with a header row) into a table, as the admin. */
  public void copyIn(String url, String table, java.io.Reader csv) throws SQLException, IOException {
    try (Connection c = DriverManager.getConnection(url, ADMIN, ADMIN_PASSWORD)) {
      new org.postgresql.copy.CopyManager(c.unwrap(org.postgresql.core.BaseConnection.class))
          .copyIn("COPY " + table + " FROM STDIN WITH (FORMAT csv, HEADER)", csv);
    }
  }

  /** Runs SQL statements (a script) as the admin. */
  public void execute(String url, String sql) throws SQLException {
    try (Connection c = DriverManager.getConnection(url, ADMIN, ADMIN_PASSWORD); Statement st = c.createStatement()) {
      st.execute(sql);
    }
  }

  public String url(String database) {
    return "jdbc:postgresql://localhost:" + port + "/" + database;
  }

  public int port() {
    return port;
  }

  public void stop() {
    try {
      asPostgres(bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-m", "immediate", "-w",
          "stop");
    } catch (IOException | InterruptedException | RuntimeException e) {
      System.err.println("could not stop the test PostgreSQL server in " + dir + ": " + e.getMessage());
    }
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException | UncheckedIOException e) {
      // a temporary folder: the system clears it
    }
  }

  private void asPostgres(String... command) throws IOException, InterruptedException {
    List<String> full = new ArrayList<>();
    if (asRoot()) {
      full.addAll(List.of("runuser", "-u", "postgres", "--"));
    }
    full.addAll(List.of(command));
    run(full);
  }

  private static void run(List<String> command) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    byte[] output = p.getInputStream().readAllBytes();
    if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
      throw new IllegalStateException(String.join(" ", command) + " failed: "
          + new String(output, StandardCharsets.UTF_8).strip());
    }
  }

  private static boolean asRoot() {
    return "root".equals(System.getProperty("user.name"));
  }

  private static Optional<Path> binaries() {
    String given = System.getenv("SCOREPACK_PG_BIN");
    if (given != null && !given.isBlank()) {
      return Optional.of(Path.of(given)).filter(p -> Files.isExecutable(p.resolve("initdb")));
    }
    Path debian = Path.of("/usr/lib/postgresql");
    if (Files.isDirectory(debian)) {
      try (Stream<Path> versions = Files.list(debian)) {
        Optional<Path> newest = versions.map(v -> v.resolve("bin")).filter(b -> Files.isExecutable(b.resolve("initdb")))
            .max(Comparator.comparing(b -> version(b.getParent().getFileName().toString())));
        if (newest.isPresent()) {
          return newest;
        }
      } catch (IOException e) {
        return Optional.empty();
      }
    }
    return Stream.of(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
        .filter(s -> !s.isEmpty()).map(Path::of).filter(b -> Files.isExecutable(b.resolve("initdb"))
            && Files.isExecutable(b.resolve("pg_ctl"))).findFirst();
  }

  private static int version(String name) {
    try {
      return Integer.parseInt(name);
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
