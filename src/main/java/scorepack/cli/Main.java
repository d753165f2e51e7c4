package scorepack.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine;
import scorepack.diagnostic.OutOfMemory;

/** The {@code scorepack} command. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    Map<String, String> env = System.getenv();
    Optional<Integer> relaunched = Optional.empty();
    if (Utf8Relaunch.needed(env)) {
      try {
        relaunched = Optional.of(Utf8Relaunch.run(args.length));
      } catch (IOException | InterruptedException e) {
        err.println("scorepack: warning: could not start again in a UTF-8 locale (" + e.getMessage() + "); file"
            + " names beyond ASCII may not be read: set LANG=C.UTF-8");
      }
    }
    int code = relaunched.isPresent() ? relaunched.get()
        : run(Utf8Relaunch.passedOn(env).orElse(args), out, err, env);
    System.exit(code);
  }

  /**
   * Runs the command with the given streams and environment, without exiting: for tests.
   *
   * @return the exit code
   */
  public static int run(String[] args, PrintWriter out, PrintWriter err, Map<String, String> env) {
    return run(args, out, err, env, Clock.systemDefaultZone());
  }

  /**
   * Runs the command with the given streams, environment and clock (which gives today's date),
   * without exiting: for tests.
   *
   * @return the exit code
   */
  public static int run(String[] args, PrintWriter out, PrintWriter err, Map<String, String> env, Clock clock) {
    CommandLine cli = new CommandLine(new RootCommand(env, clock));
    cli.setOut(out);
    cli.setErr(err);
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.registerConverter(YearMonth.class, Main::month);
    cli.registerConverter(LocalDate.class, Main::date);
    cli.setExitCodeExceptionMapper(ExecutionFailures::exitCode);
    cli.setExecutionExceptionHandler(new ExecutionFailures(err));
    cli.setParameterExceptionHandler(ExecutionFailures::usageError);
    int code;
    try {
      code = cli.execute(args);
    } catch (OutOfMemoryError e) {
      // Thrown past picocli, which handles exceptions only; the trace would say nothing useful.
      err.println("scorepack: error: " + OutOfMemory.running(e).getMessage());
      code = ExitCode.FAILURE.code();
    }
    out.flush();
    err.flush();
    return code;
  }

  /** Options that name a month take YYYY-MM. */
  private static YearMonth month(String text) {
    try {
      return YearMonth.parse(text);
    } catch (DateTimeParseException e) {
      throw new CommandLine.TypeConversionException("expects a month as YYYY-MM, found '" + text + "'");
    }
  }

  /** Options that name a day take YYYY-MM-DD. */
  private static LocalDate date(String text) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new CommandLine.TypeConversionException("expects a date as YYYY-MM-DD, found '" + text + "'");
    }
  }
}
