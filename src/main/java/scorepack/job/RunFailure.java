package scorepack.job;

import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import scorepack.diagnostic.Diagnostic;
import scorepack.diagnostic.Diagnostics;
import scorepack.diagnostic.FileFailure;
import scorepack.diagnostic.InputProblemException;
import scorepack.diagnostic.Severity;

/**
 * A failed run in the log: every problem, then its run record, which a failed run publishes
 * nowhere else (out/ keeps the previous issue's). The command line prints the failure itself.
 */
final class RunFailure {
  private RunFailure() {}

  static void log(RunLog log, GenerateRequest request, Diagnostics diagnostics, GenerateJob.RunTiming timing,
      Exception e) {
    Diagnostics all = new Diagnostics();
    List<Diagnostic> problems = e instanceof InputProblemException p ? p.diagnostics() : diagnostics.sorted();
    problems.forEach(all::add);
    problems.forEach(d -> log.failure(d.toString()));
    String outcome = e instanceof InputProblemException p ? all.count(Severity.ERROR) + " error(s) in the input; "
        + p.outcome() : "failed: " + message(e);
    log.failure("scorepack: " + outcome);
    log.failedRun(new RunRecord(request.authority(), request.period(), request.cutoff().asOf(), Optional.empty(),
        timing.started(), timing.now(), RunRecord.EXIT_NOT_KNOWN, outcome, List.of(), List.of(),
        all.warningsByKind(), all.count(Severity.ERROR), List.of()));
  }

  private static String message(Exception e) {
    if (e instanceof FileSystemException f) {
      return FileFailure.describe(f);
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  /** A file as a record names it: relative to the workspace when inside it, else absolute; with '/' between names. */
  static String shown(Path workspace, Path file) {
    Path base = workspace.toAbsolutePath().normalize();
    Path abs = file.toAbsolutePath().normalize();
    return (abs.startsWith(base) ? base.relativize(abs) : abs).toString().replace('\\', '/');
  }
}
