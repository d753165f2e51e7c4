package scorepack.cli;

import java.time.Clock;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code scorepack}: the root command, which only groups the subcommands. */
@Command(name = "scorepack", mixinStandardHelpOptions = true, versionProvider = Version.class,
    modelTransformer = HelpPages.class,
    description = "Turns monthly performance extracts into committee scorecard packs (PDF, XLSX, ODS, CSV).",
    subcommands = {GenerateCommand.class, ValidateCommand.class, ExtractCommand.class, ExplainCommand.class,
        RevisionsCommand.class, InitCommand.class, picocli.CommandLine.HelpCommand.class},
    footerHeading = "%nExamples:%n",
    footer = {"  scorepack init /srv/performance                  start a council's own workspace",
        "  scorepack validate --workspace /srv/performance  check it, listing every problem",
        "  scorepack generate --workspace /srv/performance  build the packs for the latest month",
        "  scorepack help generate                          every option of generate, with examples"})
final class RootCommand implements Runnable {
  private final Map<String, String> env;
  private final Clock clock;

  @Spec
  private CommandSpec spec;

  /**
   * The command as started from a shell. picocli's own tools make it this way when the build has
   * them write the man pages and the shell completion from these classes.
   */
  RootCommand() {
    this(System.getenv(), Clock.systemDefaultZone());
  }

  RootCommand(Map<String, String> env, Clock clock) {
    this.env = env;
    this.clock = clock;
  }

  Map<String, String> env() {
    return env;
  }

  /** Gives today's date, against which extract dates and --as-of are checked. */
  Clock clock() {
    return clock;
  }

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "a subcommand is needed: generate, validate, extract, explain,"
        + " revisions, init or help");
  }
}
