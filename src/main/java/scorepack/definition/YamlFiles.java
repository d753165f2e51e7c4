package scorepack.definition;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import scorepack.diagnostic.Diagnostics;

/** Finding YAML files in a workspace folder, and naming them for messages. */
final class YamlFiles {
  private YamlFiles() {}

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
