package scorepack.cli;

import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;
import scorepack.workspace.DataFolder;

/** {@code --data}: the extracts folder, for the commands that read extracts. */
final class DataOption {
  @Option(names = "--data", paramLabel = "DIR",
      description = "The extracts folder (default: the folder 'data:' in scorepack.yaml names, else samples/ in"
          + " the workspace; the run says which it read).")
  Path data;

  DataFolder folder(Path workspace) {
    return DataFolder.choose(workspace, Optional.ofNullable(data));
  }
}
