package scorepack.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import scorepack.diagnostic.Diagnostics;
import scorepack.job.ExtractJob;
import scorepack.job.ExtractRequest;
import scorepack.job.GenerateJob;
import scorepack.job.GenerateRequest;
import scorepack.job.RunLog;

/** {@code scorepack generate}: the month-end run. */
@Command(name = "generate", mixinStandardHelpOptions = true,
    header = "Builds the scorecard packs for a month.", sortOptions = false,
    description = "Builds the scorecard packs for a reporting month and writes them as PDF, XLSX, ODS and CSV,"
        + " with the run record scorepack-run.json beside them. Files are named PACK-YYYY-MM.{pdf,xlsx,ods,csv},"
        + " and the public edition's PACK-YYYY-MM-public.*."
        + " The packs, the ledger and the run record are written together or not at all.",
    footerHeading = "%nExamples:%n",
    footer = {"  scorepack generate                              every pack, every format, for the latest month",
        "  scorepack generate --period 2022-12 --pack members --format pdf,xlsx",
        "  scorepack generate --workspace /srv/performance --data /srv/extracts --quiet",
        "  scorepack generate --period 2022-12 --as-of 2023-01-31   the issue as it stood on 31 January 2023",
        "  scorepack generate --authority ALL                  one folder of extracts per authority"})
final class GenerateCommand implements Callable<Integer> {
  @ParentCommand
  private RootCommand root;

  @Spec
  private CommandSpec spec;

  @Option(names = "--out", paramLabel = "DIR",
      description = "Where to write the packs (default: out/ in the workspace).")
  Path out;

  @Option(names = "--extract", description = "First run the SQL sources' queries into new dated extracts, as"
      + " 'scorepack extract' does (for --period, when given), then build the packs from the data folder.")
  boolean extract;

  @Mixin
  ConnectionsOption connections;

  @Option(names = "--bom", description = "Start each CSV with a UTF-8 byte order mark, so that Excel opens a"
      + " double-clicked CSV with its arrows and £ signs intact (pandas and R read either; see docs/csv.md).")
  boolean bom;

  @Mixin
  PlanOptions plan;

  @Override
  public Integer call() throws Exception {
    return plan.runLogged(spec.commandLine(), root.clock(), log -> {
      GenerateRequest request = plan.request(out, bom, root.env(), root.clock(), spec.commandLine());
      Diagnostics diagnostics = new Diagnostics();
      if (extract) {
        pullFirst(request, diagnostics, log);
      }
      new GenerateJob(log).run(request, diagnostics);
    });
  }

  /** {@code --extract}: today's extracts first; their warnings are reported with the run's. */
  private void pullFirst(GenerateRequest request, Diagnostics diagnostics, RunLog log) {
    if (plan.asOf.asOf != null) {
      throw new ParameterException(spec.commandLine(), "--extract takes a new extract today, and --as-of rebuilds"
          + " what was known on an earlier day; expected one or the other");
    }
    if (plan.authority != null) {
      throw new ParameterException(spec.commandLine(), "--extract adds the SQL sources' extracts to the data folder,"
          + " and --authority reads one folder inside it per authority; run 'scorepack extract --data DATA/NAME'"
          + " for each authority first, then generate --authority");
    }
    new ExtractJob(log::progress).run(new ExtractRequest(request.workspace(), request.data(), Optional.empty(),
        Optional.empty(), Optional.ofNullable(plan.period), connections.file(), root.env(), root.clock()),
        diagnostics);
  }
}
