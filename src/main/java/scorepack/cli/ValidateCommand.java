package scorepack.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import scorepack.diagnostic.Diagnostics;
import scorepack.job.GenerateJob;

/** {@code scorepack validate}: generate's plan, stopped before rendering. */
@Command(name = "validate", mixinStandardHelpOptions = true,
    header = "Checks a workspace as generate would, and writes nothing.", sortOptions = false,
    description = "Runs the plan generate would run, with the same --period, --pack, --format, --authority and"
        + " --as-of:"
        + " the indicator definitions, templates, glossary, reference files, extracts, ledger and commentary,"
        + " every pack built and checked, and lists every problem found (not only the first). Stops before"
        + " rendering and writes nothing.",
    footerHeading = "%nExamples:%n",
    footer = {"  scorepack validate",
        "  scorepack validate --workspace /srv/performance --strict",
        "  scorepack validate --period 2022-12 --pack members --as-of 2023-01-31",
        "  scorepack validate --format pdf,docx               every pack has its covering report's template"})
final class ValidateCommand implements Callable<Integer> {
  @ParentCommand
  private RootCommand root;

  @Spec
  private CommandSpec spec;

  @Mixin
  PlanOptions plan;

  @Override
  public Integer call() throws Exception {
    return plan.runLogged(spec.commandLine(), root.clock(), log -> new GenerateJob(log).validate(
        plan.request(null, false, root.env(), root.clock(), spec.commandLine()), new Diagnostics()));
  }
}
