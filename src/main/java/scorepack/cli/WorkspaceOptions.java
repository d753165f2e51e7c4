package scorepack.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options every command that reads a workspace shares. */
final class WorkspaceOptions {
  @Option(names = "--workspace", paramLabel = "DIR", defaultValue = ".",
      description = "The folder holding indicators/, templates/, glossary.yaml and reference/"
          + " (default: ${DEFAULT-VALUE}).")
  Path workspace;

  @Option(names = "--data", paramLabel = "DIR",
      description = "The extracts folder (default: samples/ in the workspace).")
  Path data;

  @Option(names = "--debug", description = "Show stack traces for failures.")
  boolean debug;

  Path dataFolder() {
    return data != null ? data : workspace.resolve("samples");
  }
}
