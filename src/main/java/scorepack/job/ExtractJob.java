package scorepack.job;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import scorepack.definition.ConnectionSettings;
import scorepack.definition.Connections;
import scorepack.definition.YamlPlace;
import scorepack.diagnostic.Diagnostics;
import scorepack.diagnostic.FileFailure;
import scorepack.diagnostic.InputProblemException;
import scorepack.diagnostic.Suggestions;
import scorepack.extract.ExtractCutoff;
import scorepack.extract.ExtractLoader;
import scorepack.sql.DatedExtract;
import scorepack.sql.ExtractPublisher;
import scorepack.sql.Months;
import scorepack.sql.QueryResult;
import scorepack.sql.QueryRunner;
import scorepack.sql.SourceFailure;
import scorepack.sql.SqlSource;
import scorepack.workspace.Definitions;
import scorepack.workspace.WorkspaceLoader;

/**
 * {@code scorepack extract}: runs the SQL sources' queries and adds each source's result to the
 * data folder as a new dated extract. Every source is run and checked as an extract before any
 * file is written, so a failure leaves the data folder as it was.
 */
public final class ExtractJob {
  private final Consumer<String> progress;

  /** @param progress receives a line per source run and per file written */
  public ExtractJob(Consumer<String> progress) {
    this.progress = progress;
  }

  /**
   * Runs the request.
   *
   * @return the extract files written, in source order
   * @throws InputProblemException when a source, connection, login or query needs fixing (exit code 2)
   * @throws ExtractFailure when the database or the disk failed (exit code 1)
   */
  public List<Path> run(ExtractRequest request, Diagnostics diagnostics) {
    Path root = request.workspace();
    Definitions defs = WorkspaceLoader.loadDefinitions(root, diagnostics);
    diagnostics.throwIfErrors(); // a source or definition in error would be run or checked wrongly
    Map<String, SqlSource> all = new LinkedHashMap<>();
    defs.sources().forEach(s -> SqlSource.of(s).ifPresent(q -> all.put(q.name(), q)));
    List<SqlSource> chosen = chosen(all, request.source(), root);
    if (!Files.isDirectory(request.data())) {
      diagnostics.error(request.data().toString(), 0, 0, "", "the data folder does not exist; expected the folder"
          + " the extracts are kept in (--data)");
    }
    Connections connections = Connections.load(request.connectionsFile(), request.env(), root, request.data(),
        diagnostics);
    Map<SqlSource, ConnectionSettings> settings = new LinkedHashMap<>();
    for (SqlSource s : chosen) {
      connections.find(s.connection(), s.at(), diagnostics).ifPresent(c -> settings.put(s, c));
    }
    LocalDate today = LocalDate.now(request.clock());
    YearMonth last = request.last().orElse(YearMonth.from(today).minusMonths(1));
    if (last.isAfter(YearMonth.from(today))) {
      throw InputProblemException.of("--period", "the month " + last + " is after the current month ("
          + YearMonth.from(today) + "); expected a month whose figures can exist");
    }
    diagnostics.throwIfErrors();

    List<DatedExtract> extracts = new ArrayList<>();
    for (Map.Entry<SqlSource, ConnectionSettings> e : settings.entrySet()) {
      SqlSource s = e.getKey();
      Months months = request.first().map(f -> new Months(f, last)).orElse(Months.ending(last, s.origin().months()));
      progress.accept("Running source '" + s.name() + "' (" + s.queries().size() + " quer" + (s.queries().size() == 1
          ? "y" : "ies") + ", " + months + ") on connection '" + s.connection() + "'");
      List<QueryResult> results;
      try {
        results = new QueryRunner(request.clock()).run(s, e.getValue(), months, diagnostics);
      } catch (SourceFailure f) {
        throw failed(f);
      }
      DatedExtract extract = DatedExtract.of(s, e.getValue(), months, today, results);
      warnOfEmpty(s, months, results, diagnostics);
      if (extract.rows() > 0) {
        check(extract, s, defs, request, diagnostics);
        extracts.add(extract);
      }
    }
    diagnostics.throwIfErrors();
    return publish(extracts, request.data());
  }

  private List<Path> publish(List<DatedExtract> extracts, Path data) {
    List<Path> written = new ArrayList<>();
    for (DatedExtract x : extracts) {
      try {
        Path file = ExtractPublisher.publish(data, x);
        written.add(file);
        progress.accept("Wrote " + file + " (" + x.rows() + " figure(s)) and its provenance "
            + scorepack.extract.QueryProvenance.fileFor(file).getFileName());
      } catch (IOException e) {
        throw new ExtractFailure("cannot write the extract of source '" + x.source() + "' into " + data + ": "
            + FileFailure.reading(e) + (written.isEmpty() ? "; nothing was written"
                : "; the extracts written before it stand: " + written));
      }
    }
    return written;
  }

  private static List<SqlSource> chosen(Map<String, SqlSource> all, Optional<String> source, Path root) {
    if (source.isPresent()) {
      SqlSource s = all.get(source.get());
      if (s == null) {
        throw InputProblemException.of("--source", "no SQL source named '" + source.get() + "'"
            + Suggestions.didYouMean(source.get(), all.keySet()) + "; expected " + (all.isEmpty()
                ? "a file sources/" + source.get() + ".yaml with 'kind: sql'" : "one of " + String.join(", ",
                    all.keySet())));
      }
      return List.of(s);
    }
    if (all.isEmpty()) {
      throw InputProblemException.of(root.resolve("sources").toString(), "holds no SQL source ('kind: sql');"
          + " expected one to extract from (sources/README.md)");
    }
    return List.copyOf(all.values());
  }

  /**
   * Reads the extract as {@code generate} will, so that a figure it would refuse is refused now,
   * reported against the query that returned it rather than a file that was never written.
   */
  private static void check(DatedExtract x, SqlSource s, Definitions defs, ExtractRequest request,
      Diagnostics diagnostics) {
    Diagnostics found = new Diagnostics();
    String name = x.extracted() + "-" + s.name() + ".csv";
    new ExtractLoader(defs.indicators(), defs.defective(), ExtractCutoff.of(Optional.empty(), request.clock()),
        defs.settings().limits(), found).load(new StringReader(x.csv()), name, name);
    new QueryRowProblems(x, s).report(found, diagnostics);
  }

  private static void warnOfEmpty(SqlSource s, Months months, List<QueryResult> results, Diagnostics diagnostics) {
    for (QueryResult r : results) {
      if (r.rows().isEmpty()) {
        YamlPlace at = s.at(r.query());
        diagnostics.warning(at.file(), at.line(), at.column(), at.path(), "source '" + s.name() + "': query '"
            + r.query().name() + "' returned no rows for " + months + "; expected a figure per month (is the"
            + " reporting database loaded for those months?)");
      }
    }
    if (results.stream().allMatch(r -> r.rows().isEmpty())) {
      diagnostics.warning(s.source().file(), 0, 0, "", "source '" + s.name() + "' returned no rows at all for "
          + months + ", so no extract was written for it");
    }
  }

  private static RuntimeException failed(SourceFailure f) {
    YamlPlace at = f.place();
    if (f.failure().badInput()) {
      return new InputProblemException(List.of(new scorepack.diagnostic.Diagnostic(at.file(), at.line(), at.column(),
          at.path(), scorepack.diagnostic.Severity.ERROR, f.getMessage())));
    }
    return new ExtractFailure(f.getMessage() + "; nothing was written");
  }

  /** The database or the disk failed: not the user's input (exit code 1). */
  public static final class ExtractFailure extends RuntimeException {
    ExtractFailure(String message) {
      super(message);
    }
  }
}
