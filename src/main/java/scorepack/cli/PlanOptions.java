package scorepack.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import scorepack.job.EditionChoice;
import scorepack.job.Format;
import scorepack.job.GenerateRequest;
import scorepack.job.RunLog;
import scorepack.workspace.DataFolder;

/** The options that choose what a run builds, which generate and validate share: one plan for both. */
final class PlanOptions {
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
          + " (PACK-YYYY-MM-cover.docx), from its cover template in templates/covers/, which validate --format"
          + " docx checks is there.")
  List<Format> formats = new ArrayList<>();

  @Option(names = "--authority", paramLabel = "NAME|ALL",
      description = "Build the packs of one authority, from the extracts folder of that name inside the data"
          + " folder, or of ALL of them (one folder each), on every core; outputs go to OUT/NAME/. An authority's"
          + " folder may hold its own commentary/ and a scorepack.yaml with its council, contact and sample_data.")
  String authority;

  @Option(names = "--edition", paramLabel = "EDITION",
      description = "Which edition to write: ${COMPLETION-CANDIDATES}. restricted (the default) prints every"
          + " figure; public suppresses small counts, and every figure that would reveal one, as [c] and names its"
          + " files PACK-YYYY-MM-public.*; all writes both. The public edition needs public_edition: in"
          + " scorepack.yaml or the template.")
  EditionChoice edition = EditionChoice.RESTRICTED;

  @Option(names = "--strict", description = "Treat warnings (a missing month, a large revision, a Red line without"
      + " commentary) as errors: nothing is written and the exit code is 2.")
  boolean strict;

  @Option(names = "--quiet", description = "Print nothing on a clean success; print only the warnings that need a"
      + " person (a Red line without commentary, a large revision, a misquoted figure, a placeholder) and errors.")
  boolean quiet;

  @Option(names = "--log", paramLabel = "FILE",
      description = "Append every line of the run to FILE, each after its time and process id, with a failed"
          + " run's record.")
  Path log;

  @Mixin
  AsOfOption asOf;

  @Mixin
  WorkspaceOptions workspace;

  @Mixin
  DataOption data;

  /**
   * The run these options ask for.
   *
   * @param out where the packs go; {@code null} for out/ in the workspace
   * @param bom whether each CSV starts with a UTF-8 byte order mark
   * @throws scorepack.diagnostic.InputProblemException when the workspace is not one
   */
  GenerateRequest request(Path out, boolean bom, Map<String, String> env, Clock clock,
      CommandLine command) {
    Path home = workspace.root();
    DataFolder folder = data.folder(home);
    if (!quiet) {
      command.getOut().println("scorepack: " + folder.describe());
    }
    Set<Format> chosen = formats.isEmpty() ? Format.defaults() : EnumSet.copyOf(formats);
    Path outDir = out != null ? out : home.resolve("out");
    return new GenerateRequest(home, folder.path(), outDir, Optional.ofNullable(period),
        packs, chosen, sourceDateEpoch(env, command), asOf.cutoff(clock, command), strict,
        Optional.ofNullable(authority), Runtime.getRuntime().availableProcessors(), bom, edition.editions());
  }

  /** A job run with the run's log. */
  @FunctionalInterface
  interface Job {
    void run(RunLog log) throws Exception;
  }

  /**
   * Runs the job with the log these options ask for, ending the log with the exit code the job's
   * outcome maps to.
   *
   * @return the exit code of a success
   */
  int runLogged(CommandLine command, Clock clock, Job job) throws Exception {
    try (RunLog runLog = RunLog.open(command.getOut(), command.getErr(), quiet, Optional.ofNullable(log), clock)) {
      try {
        job.run(runLog);
      } catch (Exception e) {
        runLog.finish(ExecutionFailures.exitCode(e));
        throw e;
      }
      runLog.finish(ExitCode.OK.code());
      return ExitCode.OK.code();
    }
  }

  /** SOURCE_DATE_EPOCH, the reproducible-builds convention, fixes the date written into documents. */
  private static Optional<Instant> sourceDateEpoch(Map<String, String> env, CommandLine command) {
    String v = env.get("SOURCE_DATE_EPOCH");
    if (v == null || v.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Instant.ofEpochSecond(Long.parseLong(v.trim())));
    } catch (NumberFormatException e) {
      throw new ParameterException(command, "SOURCE_DATE_EPOCH must be seconds since 1970-01-01, found '" + v + "'");
    }
  }
}
