package scorepack.job;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import scorepack.diagnostic.Diagnostics;
import scorepack.diagnostic.InputProblemException;
import scorepack.diagnostic.Severity;
import scorepack.ledger.LedgerFile;
import scorepack.workspace.Definitions;
import scorepack.workspace.Workspace;
import scorepack.workspace.WorkspaceLoader;

/**
 * The month-end run, and its dry run. Both follow one plan: load and check the definitions, the
 * extracts, the ledger and the commentary for the chosen month, authority and as-of date, and
 * build each pack. {@link #run} then renders every format in memory and publishes the files, the
 * ledger and the run record together; {@link #validate} stops before rendering and writes nothing.
 * Input errors stop the run before anything is written, so the previous packs stay as they were.
 */
public final class GenerateJob {
  private static final Duration LOCK_WAIT = Duration.ofSeconds(10);
  private final RunLog log;
  private final Disk disk;

  /** @param log where the run's lines go: the terminal and the --log file */
  public GenerateJob(RunLog log) {
    this(log, Disk.LOCAL);
  }

  /** @param disk what the run's outputs are published through (a failing one in tests) */
  GenerateJob(RunLog log, Disk disk) {
    this.log = log;
    this.disk = disk;
  }

  /**
   * Runs the request: the packs are published with the ledger and the run record, and the
   * warnings and a summary are reported.
   *
   * @return the pack files written
   * @throws InputProblemException when the input has errors (nothing is written; for a run over
   *     several authorities, nothing for those whose input has errors)
   * @throws IOException when an output cannot be written
   */
  public List<Path> run(GenerateRequest request, Diagnostics diagnostics) throws IOException {
    RunTiming timing = new RunTiming(log.clock());
    log.detail(started("generate", request));
    try {
      RunFolders.check(request);
      RendererPreparation.start(request.formats());
      try (Publisher publisher = Publisher.open(request.workspace(), LOCK_WAIT, disk,
          List.of(request.out(), request.workspace().resolve(LedgerFile.PATH).getParent()), log::progress)) {
        List<UnitResult> units = units(request, diagnostics, Optional.of(publisher), timing);
        List<Path> written = units.stream().flatMap(u -> u.packFiles().stream()).toList();
        report(diagnostics, "scorepack: " + written.size() + " file(s) written to " + request.out());
        return written;
      }
    } catch (IOException | RuntimeException e) {
      RunFailure.log(log, request, diagnostics, timing, e);
      throw e;
    }
  }

  /**
   * Checks the request as {@link #run} would, stopping before rendering: nothing is written, not
   * even the lock.
   *
   * @throws InputProblemException when the input has errors, as {@link #run} would
   */
  public void validate(GenerateRequest request, Diagnostics diagnostics) throws IOException {
    RunTiming timing = new RunTiming(log.clock());
    log.detail(started("validate", request));
    try {
      RunFolders.check(request);
      List<UnitResult> units = units(request, diagnostics, Optional.empty(), timing);
      int packs = units.stream().mapToInt(UnitResult::packs).sum();
      // Under ALL, the extracts of every authority's folder, added up.
      PlanReading read = units.stream().map(UnitResult::reading).reduce(PlanReading::plus).orElseThrow();
      report(diagnostics, "scorepack: the workspace is valid: " + read.describe(request.cutoff().asOf())
          + (units.size() > 1 ? "; " + packs + " pack(s) checked for " + units.size() + " authorities" : ""));
    } catch (IOException | RuntimeException e) {
      RunFailure.log(log, request, diagnostics, timing, e);
      throw e;
    }
  }

  /** The units of the run, one or one per authority, each planned and (with a publisher) published. */
  private List<UnitResult> units(GenerateRequest request, Diagnostics diagnostics, Optional<Publisher> publisher,
      RunTiming timing) throws IOException {
    Definitions definitions = WorkspaceLoader.loadDefinitions(request.workspace(), diagnostics);
    if (request.authority().isPresent()) {
      diagnostics.throwIfErrors();
      return new AuthorityRuns(request, definitions, log, publisher, timing).run(diagnostics);
    }
    Workspace workspace = definitions.withExtracts(request.data(), request.cutoff(), diagnostics);
    diagnostics.throwIfErrors();
    UnitRun unit = new UnitRun(request, log, timing, false);
    return List.of(unit.run(workspace, Optional.empty(), diagnostics, request.threads(), publisher));
  }

  /** The log's first line for a run: what runs, on what. */
  private static String started(String command, GenerateRequest request) {
    return "scorepack " + ToolVersion.current() + ": " + command + " in " + request.workspace() + " from "
        + request.data() + request.authority().map(a -> " for --authority " + a).orElse("")
        + request.period().map(p -> " for --period " + p).orElse("")
        + request.cutoff().asOf().map(d -> " as of " + d).orElse("");
  }

  /** Every warning and note, the totals by kind, then the summary line. */
  private void report(Diagnostics diagnostics, String summary) {
    diagnostics.sorted().forEach(log::diagnostic);
    long warnings = diagnostics.count(Severity.WARNING);
    log.progress(summary + ", " + warnings + " warning(s)" + (warnings == 0 ? "" : ": " + diagnostics.warningTotals()));
  }

  /** When the run started, by the log's clock, for the run record. */
  record RunTiming(Instant started, java.time.Clock clock) {
    RunTiming(java.time.Clock clock) {
      this(clock.instant(), clock);
    }

    Instant now() {
      return clock.instant();
    }
  }
}
