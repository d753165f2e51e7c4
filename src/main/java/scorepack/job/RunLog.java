package scorepack.job;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import scorepack.diagnostic.Diagnostic;
import scorepack.diagnostic.FileFailure;

/**
 * Where a run's lines go: the terminal, and with {@code --log FILE} that file, each line after its
 * time and the process id, appended. Under {@code --quiet} the terminal gets only the warnings
 * that need a person ({@link scorepack.diagnostic.WarningKind#needsPerson}); the log always gets
 * every line. Lines from several threads are written one at a time.
 */
public final class RunLog implements AutoCloseable {
  private static final DateTimeFormatter TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

  private final PrintWriter out;
  private final PrintWriter err;
  private final boolean quiet;
  private final Writer file; // null without --log
  private final Clock clock;
  private final long pid = ProcessHandle.current().pid();
  private RunRecord failedRun; // a failed run's record, written to the log with the exit code
  private boolean logBroken;

  private RunLog(PrintWriter out, PrintWriter err, boolean quiet, Writer file, Clock clock) {
    this.out = out;
    this.err = err;
    this.quiet = quiet;
    this.file = file;
    this.clock = clock;
  }

  /**
   * @param logFile the file to append to, made if it does not exist
   * @throws IOException naming the log file when it cannot be opened, before the run does anything
   */
  public static RunLog open(PrintWriter out, PrintWriter err, boolean quiet, Optional<Path> logFile, Clock clock)
      throws IOException {
    Writer file = null;
    if (logFile.isPresent()) {
      try {
        file = Files.newBufferedWriter(logFile.get(), StandardCharsets.UTF_8, StandardOpenOption.CREATE,
            StandardOpenOption.APPEND, StandardOpenOption.WRITE);
      } catch (IOException e) {
        throw new IOException("cannot open the log file " + logFile.get() + " given by --log: "
            + FileFailure.writing(e) + ". Nothing was done", e);
      }
    }
    return new RunLog(out, err, quiet, file, clock);
  }

  /** Lines for no one: a job run from a test. */
  public static RunLog silent() {
    PrintWriter nowhere = new PrintWriter(Writer.nullWriter());
    return new RunLog(nowhere, nowhere, true, null, Clock.systemUTC());
  }

  /** The clock that times the lines, and the run. */
  Clock clock() {
    return clock;
  }

  /** A step of the run, such as a pack written: on standard output unless quiet. */
  public synchronized void progress(String line) {
    if (!quiet) {
      out.println(line);
    }
    logged(line);
  }

  /** A line for the log alone: detail the terminal leaves out (each pack of each authority). */
  synchronized void detail(String line) {
    logged(line);
  }

  /** A warning or note: on standard error unless quiet; under quiet only if it needs a person. */
  synchronized void diagnostic(Diagnostic d) {
    if (!quiet || d.kind().needsPerson()) {
      err.println(d);
    }
    logged(d.toString());
  }

  /** A failure, which the command line prints itself: for the log. */
  synchronized void failure(String line) {
    logged(line);
  }

  /** Keeps a failed run's record for the log, where it goes with the exit code once that is chosen. */
  synchronized void failedRun(RunRecord record) {
    failedRun = record;
  }

  /**
   * Ends the run in the log: a failed run's record, then the exit code the command line chose.
   *
   * @param exitCode the process's exit code
   */
  public synchronized void finish(int exitCode) {
    if (failedRun != null) {
      logged("scorepack: run record: " + failedRun.exited(exitCode).json(false));
      failedRun = null;
    }
    logged("scorepack: finished with exit code " + exitCode);
  }

  private void logged(String line) {
    if (file == null || logBroken) {
      return;
    }
    String stamp = TIME.format(OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS)) + " [" + pid + "] ";
    try {
      for (String part : line.split("\n", -1)) {
        file.write(stamp + part + "\n");
      }
      file.flush();
    } catch (IOException e) {
      // A log that cannot be written must not fail the packs; the terminal says so once.
      logBroken = true;
      err.println("scorepack: warning: the log file could not be written: " + FileFailure.writing(e));
    }
  }

  @Override
  public synchronized void close() throws IOException {
    out.flush();
    err.flush();
    if (file != null) {
      file.close();
    }
  }
}
