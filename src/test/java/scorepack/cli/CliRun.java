package scorepack.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
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
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out), new PrintWriter(err), env);
    return new CliRun(code, out.toString(), err.toString());
  }
}
