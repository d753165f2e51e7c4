package scorepack.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import scorepack.diagnostic.InputProblemException;

/** The authorities of a run: one extracts folder each, inside the data folder. */
final class Authorities {
  static final String ALL = "ALL";

  private Authorities() {}

  /**
   * Refuses, as bad input, an authority that is not {@code ALL} or the plain name of one folder:
   * a path, {@code ..} or a hidden name would send packs and a ledger outside out/ and ledger/.
   */
  static void checkName(String authority) {
    boolean plain = !authority.isBlank() && !authority.startsWith(".")
        && authority.chars().noneMatch(c -> c == '/' || c == '\\' || c == ':' || Character.isISOControl(c));
    if (!plain) {
      throw InputProblemException.of("--authority", "expected the name of one folder inside the data folder (such"
          + " as barnsley), or ALL; found '" + authority + "', which is not a plain folder name");
    }
  }

  /** {@code ALL} names every folder in the data folder; any other name, that one folder. */
  static List<String> named(String authority, Path data) throws IOException {
    if (!authority.equals(ALL)) {
      if (!Files.isDirectory(data.resolve(authority))) {
        throw InputProblemException.of(data.toString(), "no extracts folder for --authority " + authority
            + "; expected " + data.resolve(authority) + " (one folder per authority)");
      }
      return List.of(authority);
    }
    List<String> all;
    try (Stream<Path> s = Files.list(data)) {
      all = s.filter(Files::isDirectory).map(p -> p.getFileName().toString()).filter(n -> !n.startsWith("."))
          .sorted().toList();
    }
    if (all.isEmpty()) {
      throw InputProblemException.of(data.toString(), "--authority ALL found no authority folders; expected one"
          + " extracts folder per authority inside " + data);
    }
    return all;
  }
}
