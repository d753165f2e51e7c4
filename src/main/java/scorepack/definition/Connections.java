package scorepack.definition;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import scorepack.diagnostic.Diagnostics;
import scorepack.diagnostic.FileFailure;

/**
 * The named database connections: from the connections file, which lives outside the workspace
 * (it holds credentials, and the workspace is shared and often versioned), and from environment
 * variables {@code SCOREPACK_CONNECTION_NAME_URL}, {@code _USER} and {@code _PASSWORD}, which
 * override the file key by key.
 */
public final class Connections {
  private static final Set<String> KEYS = Set.of("url", "user", "password", "password_env", "login_timeout_seconds");
  static final int DEFAULT_LOGIN_TIMEOUT_SECONDS = 30;

  private final Map<String, Map<String, String>> fromFile;
  private final Map<String, YamlNode.Mapping> places;
  private final Optional<String> file;
  private final Map<String, String> env;

  private Connections(Map<String, Map<String, String>> fromFile, Map<String, YamlNode.Mapping> places,
      Optional<String> file, Map<String, String> env) {
    this.fromFile = fromFile;
    this.places = places;
    this.file = file;
    this.env = env;
  }

  /**
   * Reads the connections file, if there is one.
   *
   * @param named the file given on the command line, if any
   * @param env the environment: {@code SCOREPACK_CONNECTIONS} names the file when the command line does not, and
   *     {@code APPDATA}, {@code XDG_CONFIG_HOME} or {@code HOME} place the default one
   * @param workspace the workspace, which the file must lie outside
   * @param data the data folder, which the file must lie outside
   */
  public static Connections load(Optional<Path> named, Map<String, String> env, Path workspace, Path data,
      Diagnostics diagnostics) {
    Optional<Path> given = named.or(() -> Optional.ofNullable(env.get("SCOREPACK_CONNECTIONS"))
        .filter(s -> !s.isBlank()).map(Path::of));
    Path path = given.orElseGet(() -> defaultFile(env));
    String shown = path.toString();
    if (!Files.exists(path)) {
      if (given.isPresent()) {
        diagnostics.error(shown, 0, 0, "", "the connections file does not exist; expected a YAML file of named"
            + " connections (sources/README.md)");
      }
      return new Connections(Map.of(), Map.of(), Optional.empty(), env);
    }
    if (inside(path, workspace) || inside(path, data)) {
      diagnostics.error(shown, 0, 0, "", "the connections file lies inside the " + (inside(path, data)
          ? "data folder" : "workspace") + ", which others read and may keep in version control; keep it outside,"
          + " e.g. " + defaultFile(env));
      return new Connections(Map.of(), Map.of(), Optional.empty(), env);
    }
    Map<String, Map<String, String>> settings = new LinkedHashMap<>();
    Map<String, YamlNode.Mapping> places = new LinkedHashMap<>();
    YamlFields f = new YamlFields(shown, diagnostics);
    try (Reader r = YamlFiles.open(path, Limits.DEFAULT)) {
      new YamlTreeReader(shown, diagnostics).read(r).flatMap(n -> f.mapping(n, "named connections")).ifPresent(
          root -> root.entries().forEach((name, node) -> f.mapping(node, "a connection {url: ..., user: ...}")
              .ifPresent(m -> {
                f.onlyKeys(m, KEYS);
                Map<String, String> values = new LinkedHashMap<>();
                m.entries().forEach((k, v) -> f.text(v).ifPresent(t -> values.put(k, t)));
                settings.put(name, values);
                places.put(name, m);
              })));
    } catch (IOException e) {
      diagnostics.error(shown, 0, 0, "", "cannot be read: " + FileFailure.reading(e));
    }
    if (settings.values().stream().anyMatch(s -> s.containsKey("password")) && readableByOthers(path)) {
      diagnostics.error(shown, 0, 0, "", "the connections file holds a password and others on this machine may"
          + " read it; expected a file only its owner can read (chmod 600 " + shown + "), or the password in"
          + " 'password_env' or SCOREPACK_CONNECTION_NAME_PASSWORD");
    }
    return new Connections(settings, places, Optional.of(shown), env);
  }

  /** Where the connections file is looked for when none is named. */
  static Path defaultFile(Map<String, String> env) {
    String appData = env.get("APPDATA");
    if (appData != null && !appData.isBlank()) {
      return Path.of(appData, "scorepack", "connections.yaml");
    }
    String xdg = env.get("XDG_CONFIG_HOME");
    Path config = xdg != null && !xdg.isBlank() ? Path.of(xdg)
        : Path.of(env.getOrDefault("HOME", System.getProperty("user.home")), ".config");
    return config.resolve("scorepack").resolve("connections.yaml");
  }

  /**
   * The settings of one connection, the environment's over the file's; empty (with a diagnostic at
   * {@code usedAt}) when it has no URL.
   */
  public Optional<ConnectionSettings> find(String name, YamlPlace usedAt, Diagnostics diagnostics) {
    String prefix = ConnectionSettings.environmentPrefix(name);
    Map<String, String> file = fromFile.getOrDefault(name, Map.of());
    Optional<String> url = fromEnv(prefix + "URL").or(() -> Optional.ofNullable(file.get("url")));
    if (url.isEmpty()) {
      diagnostics.error(usedAt.file(), usedAt.line(), usedAt.column(), usedAt.path(), "no connection named '"
          + name + "': expected it in the connections file (" + file().orElse("none found") + ") or in the"
          + " environment variable " + prefix + "URL");
      return Optional.empty();
    }
    Optional<String> user = fromEnv(prefix + "USER").or(() -> Optional.ofNullable(file.get("user")));
    Optional<Secret> password = fromEnv(prefix + "PASSWORD")
        .or(() -> Optional.ofNullable(file.get("password_env")).map(env::get))
        .or(() -> Optional.ofNullable(file.get("password"))).map(Secret::new);
    if (password.isEmpty() && file.containsKey("password_env")) {
      YamlNode at = places.get(name).entries().get("password_env");
      diagnostics.error(file().orElse(""), at.line(), at.column(), at.path(), "the environment variable '"
          + file.get("password_env") + "' is not set; expected it to hold the password of connection '" + name + "'");
      return Optional.empty();
    }
    int timeout = DEFAULT_LOGIN_TIMEOUT_SECONDS;
    if (file.containsKey("login_timeout_seconds")) {
      YamlNode at = places.get(name).entries().get("login_timeout_seconds");
      Optional<Integer> t = new YamlFields(file().orElse(""), diagnostics).wholeNumber(at, 1, 3600);
      if (t.isEmpty()) {
        return Optional.empty();
      }
      timeout = t.get();
    }
    String origin = fromEnv(prefix + "URL").isPresent() ? "the environment (" + prefix + "URL)"
        : file().orElse("the connections file");
    return Optional.of(new ConnectionSettings(name, url.get(), user, password, timeout, origin));
  }

  /** The connections file read, as shown in messages; empty when there was none. */
  public Optional<String> file() {
    return file;
  }

  private Optional<String> fromEnv(String key) {
    return Optional.ofNullable(env.get(key)).filter(s -> !s.isEmpty());
  }

  private static boolean inside(Path file, Path folder) {
    try {
      return file.toRealPath().startsWith(folder.toRealPath());
    } catch (IOException e) {
      return file.toAbsolutePath().normalize().startsWith(folder.toAbsolutePath().normalize());
    }
  }

  private static boolean readableByOthers(Path file) {
    try {
      Set<PosixFilePermission> p = Files.getPosixFilePermissions(file);
      return p.contains(PosixFilePermission.GROUP_READ) || p.contains(PosixFilePermission.OTHERS_READ);
    } catch (UnsupportedOperationException | IOException e) {
      return false; // Windows: the file lies in the user's own profile, which others cannot read
    }
  }
}
