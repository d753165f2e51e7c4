package scorepack.cli;

import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import scorepack.definition.Template;
import scorepack.diagnostic.Diagnostic;
import scorepack.diagnostic.Diagnostics;
import scorepack.diagnostic.Severity;
import scorepack.extract.ExtractCutoff;
import scorepack.job.CommentaryChecks;
import scorepack.job.CommentaryFigureCheck;
import scorepack.job.PackCalculation;
import scorepack.pack.Pack;
import scorepack.workspace.RunChecks;
import scorepack.workspace.Workspace;
import scorepack.workspace.WorkspaceLoader;

/** {@code scorepack validate}: checks every input and lists every problem. */
@Command(name = "validate", mixinStandardHelpOptions = true,
    description = "Checks the indicator definitions, templates, glossary, reference files and extracts, "
        + "and lists every problem found (not only the first). Writes nothing.")
final class ValidateCommand implements Callable<Integer> {
  @ParentCommand
  private RootCommand root;

  @Spec
  private CommandSpec spec;

  @Mixin
  AsOfOption asOf;

  @Mixin
  WorkspaceOptions workspace;

  @Option(names = "--strict", description = "Treat warnings as errors (exit code 2 if there are any).")
  boolean strict;

  @Override
  public Integer call() {
    Diagnostics diagnostics = new Diagnostics();
    ExtractCutoff cutoff = asOf.cutoff(root.clock(), spec.commandLine());
    Workspace ws = WorkspaceLoader.load(workspace.workspace, workspace.dataFolder(), cutoff, diagnostics);
    if (!diagnostics.hasErrors()) {
      ws.extracts().latestPeriod().ifPresent(latest -> {
        RunChecks.check(ws, latest, ws.templates().values(), diagnostics);
        PackCalculation calculation = new PackCalculation(ws);
        for (Template t : ws.templates().values()) {
          Pack pack = calculation.pack(t, latest, Instant.EPOCH);
          CommentaryChecks.check(t, pack, ws.settings().commentaryRequiredFor(), diagnostics);
          CommentaryFigureCheck.check(pack, ws.commentary(), ws.indicators(), diagnostics);
        }
      });
    }
    if (strict) {
      diagnostics.treatWarningsAsErrors();
    }
    for (Diagnostic d : diagnostics.sorted()) {
      spec.commandLine().getErr().println(d);
    }
    long errors = diagnostics.count(Severity.ERROR);
    long warnings = diagnostics.count(Severity.WARNING);
    if (errors > 0) {
      spec.commandLine().getErr().println("scorepack: " + errors + " error(s), " + warnings + " warning(s)");
      return ExitCode.BAD_INPUT.code();
    }
    spec.commandLine().getOut().println("scorepack: the workspace is valid: " + ws.indicators().size()
        + " indicators, " + ws.templates().size() + " templates, " + ws.extracts().files().size() + " extracts ("
        + ws.extracts().observations().size() + " rows" + cutoff.asOf().map(d -> " used as of " + d + "; "
            + ws.extracts().leftOutFiles().size() + " extract(s) taken later left out").orElse("") + "), "
        + warnings + " warning(s)");
    return ExitCode.OK.code();
  }
}
