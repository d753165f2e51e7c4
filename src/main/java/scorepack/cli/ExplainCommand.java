package scorepack.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import scorepack.job.ExplainJob;
import scorepack.workspace.DataFolder;

/** {@code scorepack explain}: shows how each figure of one indicator is formed. */
@Command(name = "explain", mixinStandardHelpOptions = true,
    header = "Shows how one indicator's figures were worked out.",
    description = "Shows the working of one indicator: each figure the scorecard would print, the rule and"
        + " the input rows (file and line) that formed it, which extract replaced which, the tolerance band"
        + " hit and why the DOT is what it is.",
    footerHeading = "%nExamples:%n",
    footer = {"  scorepack explain reviews-in-time",
        "  scorepack explain early-help-contacts --breakdown Families --period 2022-12",
        "  scorepack explain looked-after-children-rate --pack corporate-parenting --as-of 2023-01-31",
        "  scorepack explain reviews-in-time --authority barnsley"})
final class ExplainCommand implements Callable<Integer> {
  @ParentCommand
  private RootCommand root;

  @Spec
  private CommandSpec spec;

  @Parameters(index = "0", paramLabel = "INDICATOR", description = "The indicator id, e.g. reviews-in-time.")
  String indicator;

  @Option(names = "--period", paramLabel = "YYYY-MM",
      description = "The reporting month (default: the latest month the extracts hold).")
  YearMonth period;

  @Option(names = "--breakdown", paramLabel = "B", defaultValue = "",
      description = "The breakdown line, e.g. Families (default: the whole).")
  String breakdown;

  @Option(names = "--pack", paramLabel = "ID",
      description = "Explain the line as this pack prints it, with its month columns (default: the first pack,"
          + " by name, that shows the line).")
  String pack;

  @Option(names = "--authority", paramLabel = "NAME",
      description = "Explain the line of one authority, from the extracts folder of that name inside the data"
          + " folder, with its own commentary/ and scorepack.yaml, as generate --authority builds it.")
  String authority;

  @Mixin
  AsOfOption asOf;

  @Mixin
  WorkspaceOptions workspace;

  @Mixin
  DataOption data;

  @Override
  public Integer call() throws IOException {
    Optional<YearMonth> month = Optional.ofNullable(period);
    Path home = workspace.root();
    DataFolder folder = data.folder(home);
    spec.commandLine().getOut().println("scorepack: " + folder.describe());
    new ExplainJob().run(home, folder.path(), indicator, breakdown, month,
            Optional.ofNullable(pack), asOf.cutoff(root.clock(), spec.commandLine()), Optional.ofNullable(authority))
        .forEach(spec.commandLine().getOut()::println);
    return ExitCode.OK.code();
  }
}
