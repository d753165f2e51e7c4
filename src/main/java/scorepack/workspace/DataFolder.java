package scorepack.workspace;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import scorepack.definition.Settings;
import scorepack.definition.SettingsLoader;
import scorepack.diagnostic.Diagnostics;

/**
 * The extracts folder a run reads, and why that one: {@code --data}, else {@code data:} in
 * {@code scorepack.yaml}, else {@code samples/} in the workspace. The run says which, so that a
 * council's run can never read the sample extracts without saying so.
 *
 * @param path the folder
 * @param origin where the choice came from
 */
public record DataFolder(Path path, Origin origin) {
  /** Where the choice of folder came from. */
  public enum Origin {
    /** {@code --data DIR} on the command line. */
    OPTION("given by --data"),
    /** {@code data:} in {@code scorepack.yaml}. */
    SETTINGS("named by data: in scorepack.yaml"),
    /** The bundled example, whose {@code scorepack.yaml} says {@code sample_data: true}. */
    SAMPLE_DATA("the example's invented extracts"),
    /** Nothing named a folder: {@code samples/}, as workspaces made before {@code data:} had it. */
    DEFAULT("the default, as neither --data nor data: in scorepack.yaml names a folder");

    private final String reason;

    Origin(String reason) {
      this.reason = reason;
    }

    /** Why this folder, in a few words. */
    public String reason() {
      return reason;
    }
  }

  public DataFolder {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(origin, "origin");
  }

  /**
   * Chooses the extracts folder of a run in the workspace {@code root}.
   *
   * @param option the folder given by {@code --data}, if any
   */
  public static DataFolder choose(Path root, Optional<Path> option) {
    if (option.isPresent()) {
      return new DataFolder(option.get(), Origin.OPTION);
    }
    // Read again, on its own, when the run loads its workspace: a problem in the file is reported
    // there, with the rest, and until then the default stands.
    Settings settings = new SettingsLoader(new Diagnostics()).load(root.resolve("scorepack.yaml"), root);
    if (settings.data().isPresent()) {
      return new DataFolder(root.resolve(settings.data().get()), Origin.SETTINGS);
    }
    return new DataFolder(root.resolve("samples"),
        settings.publication().sampleData() ? Origin.SAMPLE_DATA : Origin.DEFAULT);
  }

  /** The line a run prints: which folder it read, and why that one. */
  public String describe() {
    return "extracts read from " + path + " (" + origin.reason() + ")";
  }
}
