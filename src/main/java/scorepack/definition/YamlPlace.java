package scorepack.definition;

import java.util.Objects;

/**
 * A place in a YAML file, for a message about what is written there.
 *
 * @param file the file as the user names it
 * @param line the 1-based line, or 0 when not known
 * @param column the 1-based column, or 0 when not known
 * @param path the YAML path, e.g. {@code queries[1]}
 */
public record YamlPlace(String file, int line, int column, String path) {
  public YamlPlace {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(path, "path");
  }
}
