package scorepack.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import scorepack.diagnostic.Diagnostics;
import scorepack.diagnostic.Severity;
import scorepack.job.ExtractJob;
import scorepack.job.ExtractRequest;
import scorepack.job.Format;
import scorepack.job.GenerateJob;
import scorepack.job.GenerateRequest;

/** {@code scorepack generate}: the month-end run. */
@Command(name = "generate", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Builds the scorecard packs for a reporting month and writes them as PDF, XLSX, ODS and CSV."
        + " Files are named PACK-YYYY-MM.{pdf,xlsx,ods,csv}. Each file is written whole or not at all.")
final class GenerateCommand implements Callable<Integer> {
  @ParentCommand
  private RootCommand root;

  @Spec
  private CommandSpec spec;

  @Option(names = "--period", paramLabel = "YYYY-MM",
      description = "The reporting month (default: the latest month the extracts hold).")
  YearMonth period;

  @Option(names = "--pack", paramLabel = "ID", split = ",",
      description = "A pack to build, by template name; repeatable or comma-separated (default: every template"
          + " in templates/).")
  List<String> packs = new ArrayList<>();

  @Option(names = "--format", paramLabel = "FORMAT", split = ",",
      description = "An output format: ${COMPLETION-CANDIDATES}; repeatable or comma-separated, e.g."
          + " pdf,xlsx (default: pdf, xlsx, ods and csv). docx writes the covering report drafted from each pack"
          + " (PACK-YYYY-MM-cover.docx), from its cover template in templates/covers/.")
  List<Format> formats = new ArrayList<>();

  @Option(names = "--out", paramLabel = "DIR",
      description = "Where to write the packs (default: out/ in the workspace).")
  Path out;

  @Option(names = "--quiet", description = "Print nothing but errors (for cron).")
  boolean quiet;

  @Option(names = "--authority", paramLabel = "NAME|ALL",
      description = "Build the packs of one authority, from the extracts folder of that name inside the data"
          + " folder, or of ALL of them (one folder each), on every core; outputs go to OUT/NAME/.")
  String authority;

  @Option(names = "--strict", description = "Treat warnings (a missing month, a large revision) as errors: "
      + "nothing is written and the exit code is 2.")
  boolean strict;

  @Option(names = "--extract", description = "First run the SQL sources' queries into new dated extracts, as"
      + " 'scorepack extract' does (for --period, when given), then build the packs from the data folder.")
  boolean extract;

  @Mixin
  ConnectionsOption connections;

  @Mixin
  AsOfOption asOf;

  @Mixin
  WorkspaceOptions workspace;

  @Override
  public Integer call() throws Exception {
    GenerateRequest request = toRequest();
    Diagnostics diagnostics = new Diagnostics();
    if (extract) {
      pullFirst(request, diagnostics);
    }
    List<Path> written = new GenerateJob(line -> {
      if (!quiet) {
        spec.commandLine().getOut().println(line);
      }
    }).run(request, diagnostics);
    if (!quiet) {
      diagnostics.sorted().forEach(spec.commandLine().getErr()::println);
      spec.commandLine().getOut().println("scorepack: " + written.size() + " file(s) written to " + request.out()
          + ", " + diagnostics.count(Severity.WARNING) + " warning(s)");
    }
    return ExitCode.OK.code();
  }

  /** {@code --extract}: today's extracts first; their warnings are reported with the run's. */
  private void pullFirst(GenerateRequest request, Diagnostics diagnostics) {
    if (asOf.asOf != null) {
      throw new ParameterException(spec.commandLine(), "--extract takes a new extract today, and --as-of rebuilds"
          + " what was known on an earlier day; expected one or the other");
    }
    if (authority != null) {
      throw new ParameterException(spec.commandLine(), "--extract adds the SQL sources' extracts to the data folder,"
          + " and --authority reads one folder inside it per authority; run 'scorepack extract --data DATA/NAME'"
          + " for each authority first, then generate --authority");
    }
    new ExtractJob(line -> {
      if (!quiet) {
        spec.commandLine().getOut().println(line);
      }
    }).run(new ExtractRequest(request.workspace(), request.data(), Optional.empty(), Optional.empty(),
        Optional.ofNullable(period), connections.file(), root.env(), root.clock()), diagnostics);
  }

  private GenerateRequest toRequest() {
    Optional<YearMonth> month = Optional.ofNullable(period);
    Set<Format> chosen = formats.isEmpty() ? Format.defaults() : EnumSet.copyOf(formats);
    Path outDir = out != null ? out : workspace.workspace.resolve("out");
    return new GenerateRequest(workspace.workspace, workspace.dataFolder(), outDir, month, packs, chosen,
        sourceDateEpoch(), asOf.cutoff(root.clock(), spec.commandLine()), strict, Optional.ofNullable(authority), Runtime.getRuntime().availableProcessors());
  }

  /** SOURCE_DATE_EPOCH, the reproducible-builds convention, fixes the date written into documents. */
  private Optional<Instant> sourceDateEpoch() {
    String v = root.env().get("SOURCE_DATE_EPOCH");
    if (v == null || v.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Instant.ofEpochSecond(Long.parseLong(v.trim())));
    } catch (NumberFormatException e) {
      throw new ParameterException(spec.commandLine(),
          "SOURCE_DATE_EPOCH must be seconds since 1970-01-01, found '" + v + "'");
    }
  }
}
