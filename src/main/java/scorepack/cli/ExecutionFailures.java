package scorepack.cli;

import java.io.PrintWriter;
import java.nio.file.FileSystemException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine;
import scorepack.diagnostic.Diagnostic;
import scorepack.diagnostic.FileFailure;
import scorepack.diagnostic.Diagnostics;
import scorepack.diagnostic.InputProblemException;
import scorepack.diagnostic.OutOfMemory;
import scorepack.diagnostic.Severity;
import scorepack.diagnostic.Suggestions;
import scorepack.diagnostic.WarningKind;

/**
 * Turns failures into messages and exit codes: input problems list every diagnostic (exit 2),
 * anything else prints one line (exit 1), with the stack trace only under {@code --debug}.
 */
final class ExecutionFailures implements CommandLine.IExecutionExceptionHandler {
  private final PrintWriter err;

  ExecutionFailures(PrintWriter err) {
    this.err = err;
  }

  static int exitCode(Throwable t) {
    return t instanceof InputProblemException ? ExitCode.BAD_INPUT.code() : ExitCode.FAILURE.code();
  }

  static int usageError(CommandLine.ParameterException e, String[] args) {
    CommandLine cmd = e.getCommandLine();
    PrintWriter w = cmd.getErr();
    w.println("scorepack: " + e.getMessage());
    if (e instanceof CommandLine.UnmatchedArgumentException unmatched) {
      suggestion(unmatched, cmd).ifPresent(w::println);
    }
    w.println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for the options.");
    return ExitCode.BAD_INPUT.code();
  }

  /**
   * "Did you mean ...?" for a misspelt option ({@code --perod}) among the command's options, or a
   * misspelt subcommand ({@code genrate}) among its subcommands, by the same edit distance as the
   * input's own suggestions.
   */
  private static Optional<String> suggestion(CommandLine.UnmatchedArgumentException e, CommandLine cmd) {
    List<String> unmatched = e.getUnmatched();
    if (unmatched.isEmpty()) {
      return Optional.empty();
    }
    String word = unmatched.get(0);
    Collection<String> candidates = word.startsWith("-") ? cmd.getCommandSpec().optionsMap().keySet()
        : cmd.getSubcommands().keySet();
    String name = word.startsWith("-") ? word.split("=", 2)[0] : word;
    return Suggestions.closest(name, candidates).map(c -> "Did you mean '" + c + "'?");
  }

  @Override
  public int handleExecutionException(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) {
    boolean debug = parsed.hasMatchedOption("--debug")
        || parsed.subcommands().stream().anyMatch(p -> p.hasMatchedOption("--debug"));
    if (e instanceof InputProblemException problems) {
      printDiagnostics(problems);
    } else {
      err.println("scorepack: error: " + message(e));
    }
    if (debug) {
      e.printStackTrace(err);
    } else if (!(e instanceof InputProblemException) && !(e instanceof OutOfMemory)) {
      err.println("Run again with --debug for the stack trace.");
    }
    err.flush();
    return exitCode(e);
  }

  /** The failure in our words: a file system's own message is often only a path. */
  private static String message(Exception e) {
    if (e instanceof FileSystemException f) {
      return FileFailure.describe(f);
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  private void printDiagnostics(InputProblemException problems) {
    for (Diagnostic d : problems.diagnostics()) {
      err.println(d);
    }
    List<Diagnostic> errors = problems.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR).toList();
    // The kinds say which errors --strict made of warnings; errors of no kind need no breakdown.
    String kinds = errors.stream().allMatch(d -> d.kind() == WarningKind.OTHER) ? ""
        : " (" + Diagnostics.totals(errors, Severity.ERROR) + ")";
    err.println("scorepack: " + errors.size() + " error(s) in the input" + kinds + "; " + problems.outcome() + ".");
  }
}
