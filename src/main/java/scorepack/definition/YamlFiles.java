package scorepack.definition;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import scorepack.diagnostic.Diagnostics;
import scorepack.diagnostic.FileFailure;

/** Finding YAML files in a workspace folder, and naming them for messages. */
public final class YamlFiles {
  private YamlFiles() {}

  /** The YAML files in a folder, by name, as the loaders read them; none when it cannot be listed. */
  public static List<Path> in(Path folder) {
    return Files.isDirectory(folder) ? list(folder, folder, new Diagnostics()) : List.of();
  }

  static List<Path> list(Path folder, Path displayBase, Diagnostics diagnostics) {
    if (!Files.isDirectory(folder)) {
      diagnostics.error(display(folder, displayBase), 0, 0, "",
          "the folder does not exist; expected a folder of *.yaml files");
      return List.of();
    }
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(p -> p.getFileName().toString().endsWith(".yaml")
              || p.getFileName().toString().endsWith(".yml"))
          .filter(Files::isRegularFile).sorted().toList();
    } catch (IOException e) {
      diagnostics.error(display(folder, displayBase), 0, 0, "", "cannot be listed: " + e.getMessage());
      return List.of();
    }
  }

  /** Reads one YAML document of a folder: its text, its name for messages, and its id (the file name). */
  @FunctionalInterface
  interface DocumentReader<T> {
    Optional<T> read(Reader reader, String name, String id);
  }

  /**
   * Reads each YAML file of the folder, by id (the file name without .yaml); a file that cannot be
   * read is reported and left out.
   */
  static <T> Map<String, T> readEach(Path folder, Path displayBase, Limits limits, Diagnostics diagnostics,
      DocumentReader<T> reader) {
    Map<String, T> all = new TreeMap<>();
    for (Path file : list(folder, displayBase, diagnostics)) {
      String name = display(file, displayBase);
      String id = file.getFileName().toString().replaceFirst("\\.ya?ml$", "");
      try (Reader r = open(file, limits)) {
        reader.read(r, name, id).ifPresent(document -> all.put(id, document));
      } catch (IOException e) {
        diagnostics.error(name, 0, 0, "", "cannot be read: " + FileFailure.reading(e));
      }
    }
    return all;
  }

  /** The file's text, as UTF-8 whatever the locale, refused past the size limit. */
  static Reader open(Path file, Limits limits) throws IOException {
    return CheckedText.yaml(file, limits);
  }

  /** The path as the user would write it: relative to the workspace where possible. */
  static String display(Path file, Path base) {
    Path abs = file.toAbsolutePath().normalize();
    Path b = base.toAbsolutePath().normalize();
    return abs.startsWith(b) ? b.relativize(abs).toString() : abs.toString();
  }
}
