package scorepack.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** A copy of the small test workspace (two indicators, two extracts, one template) to change freely. */
public final class MiniWorkspace {
  private static final Path MINI = Path.of("src/test/resources/workspaces/mini");

  private MiniWorkspace() {}

  /** Copies the mini workspace into {@code target} and returns it. */
  public static Path copyTo(Path target) throws IOException {
    return copy(MINI, target);
  }

  /** Copies a test workspace from the test resources into {@code target} and returns it. */
  static Path copy(Path workspace, Path target) throws IOException {
    try (Stream<Path> files = Files.walk(workspace)) {
      for (Path p : files.sorted(Comparator.naturalOrder()).toList()) {
        Path to = target.resolve(workspace.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(to);
        } else {
          Files.copy(p, to);
        }
      }
    }
    return target;
  }

  /** A copy whose extracts are also copied into one folder per authority, for {@code --authority}. */
  static Path copyForAuthorities(Path target, String... authorities) throws IOException {
    Path ws = copyTo(target);
    for (String authority : authorities) {
      Path folder = Files.createDirectories(ws.resolve("samples").resolve(authority));
      try (Stream<Path> extracts = Files.list(ws.resolve("samples"))) {
        for (Path extract : extracts.filter(Files::isRegularFile).toList()) {
          Files.copy(extract, folder.resolve(extract.getFileName()));
        }
      }
    }
    return ws;
  }
}
