package scorepack.job;

import java.io.BufferedReader;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import scorepack.diagnostic.InputProblemException;

/**
 * {@code scorepack init DIR}: a council's own workspace, with no sample extracts. It holds the
 * three packs' indicator definitions and templates as starting points, the glossary, the reference
 * files with their header rows only, {@code commentary/} and {@code extracts/} with their READMEs,
 * a {@code scorepack.yaml} with the council and contact to fill in, and a README on what to do next.
 *
 * <p>The files come from inside the jar: {@code scorepack/starter/} (copied from the repository's
 * own workspace at build time) and {@code scorepack/init/} (the files only a new workspace has).
 * The folder is made beside its target under a hidden name and moved into place whole, so an
 * interrupted init leaves no half workspace (into an empty folder that exists, its parts move one by one).
 */
public final class InitJob {
  private static final List<String> PARTS = List.of("/scorepack/starter", "/scorepack/init");

  /**
   * Creates the workspace.
   *
   * @param dir a folder that does not exist yet, or is empty
   * @return the files written, relative to {@code dir}, sorted
   * @throws InputProblemException when {@code dir} is a file or a folder that is not empty
   * @throws IOException when the folder cannot be written
   */
  public List<Path> run(Path dir) throws IOException {
    Path target = dir.toAbsolutePath().normalize();
    refuseExisting(dir, target);
    Path parent = target.getParent();
    Files.createDirectories(parent);
    Path staged = parent.resolve("." + target.getFileName() + ".scorepack-new");
    deleteTree(staged);
    List<Path> written = new ArrayList<>();
    try {
      for (String part : PARTS) {
        copyPart(part, staged, written);
      }
      if (Files.isDirectory(target)) {
        // An empty folder the user made (perhaps the one they are in) stays: its new contents move in.
        try (Stream<Path> s = Files.list(staged)) {
          for (Path p : s.sorted().toList()) {
            Files.move(p, target.resolve(p.getFileName()), StandardCopyOption.ATOMIC_MOVE);
          }
        }
      } else {
        Files.move(staged, target, StandardCopyOption.ATOMIC_MOVE);
      }
    } finally {
      deleteTree(staged);
    }
    return written.stream().sorted().toList();
  }

  private static void refuseExisting(Path dir, Path target) throws IOException {
    if (Files.isDirectory(target)) {
      try (Stream<Path> s = Files.list(target)) {
        if (s.findAny().isEmpty()) {
          return;
        }
      }
      throw InputProblemException.of(dir.toString(), "the folder already holds files; scorepack init makes a new"
          + " workspace only in a new or empty folder, so that nothing of yours is overwritten: name another folder");
    }
    if (Files.exists(target)) {
      throw InputProblemException.of(dir.toString(), "is a file; expected a new folder for the workspace");
    }
  }

  /** Copies one tree of resources from the jar (or, in a build, from the classes folder). */
  private static void copyPart(String part, Path staged, List<Path> written) throws IOException {
    URL url = InitJob.class.getResource(part);
    if (url == null) {
      throw new IOException("this build of scorepack lacks " + part + "; build it with 'mvn package'");
    }
    URI uri;
    try {
      uri = url.toURI();
    } catch (URISyntaxException e) {
      throw new IOException("cannot read " + url, e);
    }
    if (!uri.getScheme().equals("jar")) {
      copyTree(Path.of(uri), staged, written);
      return;
    }
    FileSystem jar;
    boolean opened = true;
    try {
      jar = FileSystems.newFileSystem(uri, Map.of());
    } catch (FileSystemAlreadyExistsException e) {
      jar = FileSystems.getFileSystem(uri);
      opened = false;
    }
    try {
      copyTree(jar.provider().getPath(uri), staged, written);
    } finally {
      if (opened) {
        jar.close();
      }
    }
  }

  private static void copyTree(Path from, Path staged, List<Path> written) throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.walk(from)) {
      files = s.filter(Files::isRegularFile).sorted().toList();
    }
    for (Path file : files) {
      Path relative = Path.of(from.relativize(file).toString());
      Path to = staged.resolve(relative);
      Files.createDirectories(to.getParent());
      if (relative.startsWith("reference") && relative.toString().endsWith(".csv")) {
        Files.writeString(to, headerOf(file) + "\n", StandardCharsets.UTF_8);
      } else {
        Files.copy(file, to);
      }
      written.add(relative);
    }
  }

  /** A reference file's header row: the council's own figures replace the example's. */
  private static String headerOf(Path file) throws IOException {
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line = r.readLine();
      return line == null ? "" : line;
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
        Files.delete(p);
      }
    }
  }
}
