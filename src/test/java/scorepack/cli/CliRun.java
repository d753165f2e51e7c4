package scorepack.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * The outcome of one in-memory run of the command line.
 *
 * @param exitCode the exit code
 * @param out what went to standard output
 * @param err what went to standard error
 */
record CliRun(int exitCode, String out, String err) {
  static CliRun of(String... args) {
    return withEnv(Map.of(), args);
  }

  static CliRun withEnv(Map<String, String> env, String... args) {
    return withEnvOn(env, Clock.systemDefaultZone(), args);
  }

  /** A run on the given day by its clock: what "today" is to the checks of extract dates. */
  static CliRun on(LocalDate today, String... args) {
    return withEnvOn(Map.of(), Clock.fixed(today.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC), args);
  }

  static CliRun withEnvOn(Map<String, String> env, Clock clock, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out), new PrintWriter(err), env, clock);
    return new CliRun(code, out.toString(), err.toString());
  }
}
