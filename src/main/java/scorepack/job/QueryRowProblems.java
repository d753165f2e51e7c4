package scorepack.job;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import scorepack.definition.YamlPlace;
import scorepack.diagnostic.Diagnostic;
import scorepack.diagnostic.Diagnostics;
import scorepack.diagnostic.Severity;
import scorepack.extract.QueryProvenance;
import scorepack.sql.DatedExtract;
import scorepack.sql.SqlSource;

/**
 * The problems the extract check found in a source's rows, moved from the line of an extract
 * that was never written to the query that returned the row: at most a few per query and
 * column, then how many more there were.
 */
final class QueryRowProblems {
  /** Enough to see the pattern; a query wrong in a hundred thousand rows says so once. */
  static final int SHOWN_PER_COLUMN = 3;

  private final DatedExtract extract;
  private final SqlSource source;

  QueryRowProblems(DatedExtract extract, SqlSource source) {
    this.extract = extract;
    this.source = source;
  }

  /** What makes problems alike: the same query, column and severity. */
  private record Kind(String query, String where, Severity severity) {}

  void report(Diagnostics found, Diagnostics into) {
    Map<Kind, Integer> seen = new LinkedHashMap<>();
    for (Diagnostic d : found.sorted()) {
      Optional<QueryProvenance.Query> q = extract.provenance().queryAt(d.line());
      if (q.isEmpty()) {
        into.add(new Diagnostic(source.at().file(), source.at().line(), source.at().column(), source.at().path(),
            d.severity(), "source '" + source.name() + "': " + d.message()));
        continue;
      }
      int n = seen.merge(new Kind(q.get().name(), d.where(), d.severity()), 1, Integer::sum);
      if (n <= SHOWN_PER_COLUMN) {
        long row = d.line() - q.get().firstLine() + 1;
        YamlPlace at = place(q.get().name());
        into.add(new Diagnostic(at.file(), at.line(), at.column(), at.path(), d.severity(), "query '" + q.get().name() + "', row " + row + (d.where().isEmpty() ? "" : ", " + d.where())
                + ": " + d.message()));
      }
    }
    seen.forEach((kind, n) -> {
      if (n > SHOWN_PER_COLUMN) {
        YamlPlace at = place(kind.query());
        into.add(new Diagnostic(at.file(), at.line(), at.column(), at.path(), kind.severity(), "query '"
            + kind.query() + "': " + (n - SHOWN_PER_COLUMN)
                + " more row(s) with problems like these" + (kind.where().isEmpty() ? "" : " in " + kind.where())));
      }
    });
  }

  private YamlPlace place(String query) {
    return source.at(source.queries().stream().filter(x -> x.name().equals(query)).findFirst().orElseThrow());
  }
}
