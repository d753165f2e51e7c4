package scorepack.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import scorepack.job.InitJob;

/** {@code scorepack init DIR}: a council's own workspace to start from. */
@Command(name = "init", mixinStandardHelpOptions = true,
    header = "Creates a council's own workspace.",
    description = "Creates a new workspace for a council in DIR (a new or empty folder): the indicator"
        + " definitions and templates of the three example packs as starting points, the glossary, reference"
        + " files with their header rows only, commentary/ and extracts/ folders, a scorepack.yaml with the"
        + " council and contact to fill in, and a README on what to do next. No sample figures.",
    footerHeading = "%nExamples:%n",
    footer = {"  scorepack init /srv/performance",
        "  scorepack init \"C:\\Performance\\Scorecards\""})
final class InitCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Parameters(index = "0", paramLabel = "DIR", description = "The folder to create the workspace in.")
  Path dir;

  @Override
  public Integer call() throws Exception {
    List<Path> written = new InitJob().run(dir);
    spec.commandLine().getOut().println("scorepack: created the workspace " + dir + " (" + written.size()
        + " files). Next: fill in council: and contact: in " + dir.resolve("scorepack.yaml")
        + ", put the extracts in " + dir.resolve("extracts") + ", then run 'scorepack validate --workspace "
        + shellWord(dir) + "'. " + dir.resolve("README.md") + " says more.");
    return ExitCode.OK.code();
  }

  /** The folder as it would be typed: in double quotes when it has a space (both shells and cmd.exe take those). */
  private static String shellWord(Path p) {
    String s = p.toString();
    return s.chars().anyMatch(Character::isWhitespace) ? "\"" + s + "\"" : s;
  }
}
