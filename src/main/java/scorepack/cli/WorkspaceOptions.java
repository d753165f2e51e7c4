package scorepack.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;
import scorepack.workspace.WorkspaceLoader;

/** The options every command that reads a workspace shares. */
final class WorkspaceOptions {
  @Option(names = "--workspace", paramLabel = "DIR", defaultValue = ".",
      description = "The workspace: the folder holding scorepack.yaml, indicators/, templates/, glossary.yaml"
          + " and reference/ (default: the current folder). 'scorepack init DIR' makes one.")
  Path workspace;

  @Option(names = "--debug", description = "Show stack traces for failures.")
  boolean debug;

  /**
   * The workspace folder, once it is known to be one.
   *
   * @throws scorepack.diagnostic.InputProblemException when it is not a workspace
   */
  Path root() {
    WorkspaceLoader.requireWorkspace(workspace);
    return workspace;
  }
}
