package scorepack.job;

import java.nio.file.Path;
import java.time.Clock;
import java.time.YearMonth;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@code scorepack extract} is asked to do.
 *
 * @param workspace the workspace, whose {@code sources/} holds the SQL sources
 * @param data the data folder the extracts are added to
 * @param source the one source to run; empty for every SQL source
 * @param first the first month to extract; empty for the source's {@code months} ending with {@code last}
 * @param last the last month to extract; empty for the month before today's
 * @param connectionsFile the connections file named on the command line, if any
 * @param env the environment, which may hold the connections' settings
 * @param clock today's date, which starts each extract's file name
 */
public record ExtractRequest(Path workspace, Path data, Optional<String> source, Optional<YearMonth> first,
    Optional<YearMonth> last, Optional<Path> connectionsFile, Map<String, String> env, Clock clock) {
  public ExtractRequest {
    Objects.requireNonNull(workspace, "workspace");
    Objects.requireNonNull(data, "data");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(last, "last");
    Objects.requireNonNull(connectionsFile, "connectionsFile");
    env = Map.copyOf(env);
    Objects.requireNonNull(clock, "clock");
    if (first.isPresent() && last.isPresent() && first.get().isAfter(last.get())) {
      throw new IllegalArgumentException("the first month is after the last");
    }
  }
}
