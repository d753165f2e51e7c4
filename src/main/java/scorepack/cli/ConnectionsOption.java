package scorepack.cli;

import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/** {@code --connections}: the file of named database connections, kept outside the workspace. */
final class ConnectionsOption {
  @Option(names = "--connections", paramLabel = "FILE",
      description = "The connections file: named database connections (URL, user, password), kept outside the"
          + " workspace (default: SCOREPACK_CONNECTIONS, else ~/.config/scorepack/connections.yaml, or"
          + " %%APPDATA%%\\scorepack\\connections.yaml on Windows). SCOREPACK_CONNECTION_NAME_URL, _USER and"
          + " _PASSWORD override it.")
  Path file;

  Optional<Path> file() {
    return Optional.ofNullable(file);
  }
}
