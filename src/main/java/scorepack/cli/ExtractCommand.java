package scorepack.cli;

import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
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
import scorepack.workspace.DataFolder;

/** {@code scorepack extract}: runs the SQL sources' queries into new dated extracts. */
@Command(name = "extract", mixinStandardHelpOptions = true,
    header = "Runs the SQL sources' queries into new dated extracts.", sortOptions = false,
    description = "Runs the queries of the SQL sources (sources/*.yaml with 'kind: sql') against their databases,"
        + " read-only, and adds each source's result to the data folder as a new extract,"
        + " YYYY-MM-DD-SOURCE.csv, with its provenance (query names, SHA-256 of each query's text, when each"
        + " ran) in YYYY-MM-DD-SOURCE.queries.yaml. Never changes or replaces a file already there.",
    footerHeading = "%nExamples:%n",
    footer = {"  scorepack extract --data /srv/extracts",
        "  scorepack extract --source case-system --period 2023-03 --connections /etc/scorepack/connections.yaml",
        "  scorepack extract --source case-system --period 2020-04..2023-03   (a backfill of three years)"})
final class ExtractCommand implements Callable<Integer> {
  @ParentCommand
  private RootCommand root;

  @Spec
  private CommandSpec spec;

  @Option(names = "--source", paramLabel = "NAME",
      description = "The SQL source to run, by file name without .yaml (default: every SQL source).")
  String source;

  @Option(names = "--period", paramLabel = "YYYY-MM[..YYYY-MM]",
      description = "The last month to extract, with the months before it that the source's 'months' asks for;"
          + " or FIRST..LAST for exactly those months (default: the month before today's).")
  String period;

  @Option(names = "--quiet", description = "Print nothing but errors (for cron).")
  boolean quiet;

  @Mixin
  ConnectionsOption connections;

  @Mixin
  WorkspaceOptions workspace;

  @Mixin
  DataOption data;

  @Override
  public Integer call() {
    YearMonth[] months = months(period, spec);
    Path home = workspace.root();
    DataFolder folder = data.folder(home);
    progress("scorepack: extracts written to " + folder.path() + " (" + folder.origin().reason() + ")");
    ExtractRequest request = new ExtractRequest(home, folder.path(),
        Optional.ofNullable(source), Optional.ofNullable(months[0]), Optional.ofNullable(months[1]),
        connections.file(), root.env(), root.clock());
    Diagnostics diagnostics = new Diagnostics();
    List<Path> written = new ExtractJob(this::progress).run(request, diagnostics);
    diagnostics.sorted().forEach(spec.commandLine().getErr()::println);
    progress("scorepack: " + written.size() + " extract(s) written to " + request.data() + ", "
        + diagnostics.count(Severity.WARNING) + " warning(s)");
    return ExitCode.OK.code();
  }

  private void progress(String line) {
    if (!quiet) {
      spec.commandLine().getOut().println(line);
    }
  }

  /** {@code --period} as {first, last}; either may be null. */
  static YearMonth[] months(String text, CommandSpec spec) {
    if (text == null) {
      return new YearMonth[2];
    }
    String[] parts = text.split("\\.\\.", -1);
    try {
      if (parts.length == 1) {
        return new YearMonth[] {null, YearMonth.parse(parts[0].strip())};
      }
      if (parts.length == 2) {
        YearMonth first = YearMonth.parse(parts[0].strip());
        YearMonth last = YearMonth.parse(parts[1].strip());
        if (!first.isAfter(last)) {
          return new YearMonth[] {first, last};
        }
      }
    } catch (DateTimeParseException e) {
      // reported below
    }
    throw new ParameterException(spec.commandLine(), "--period expects a month as YYYY-MM, or FIRST..LAST such as"
        + " 2022-04..2023-03 with the first no later than the last, found '" + text + "'");
  }
}
