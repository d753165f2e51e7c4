package scorepack.definition;

import java.nio.charset.Charset;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;
import java.util.Objects;

/** Where a source's data comes from: files in the data folder, or queries against a database. */
public sealed interface SourceOrigin permits SourceOrigin.Files, SourceOrigin.Queries {
  /**
   * Extract files in the data folder ({@code kind: file}).
   *
   * @param pattern the glob a file's name matches, e.g. {@code *-lcs-*.xlsx}
   * @param sheets the workbook sheets read, in order; empty for the first sheet only
   * @param encoding how a CSV file's bytes are text (a workbook is always Unicode)
   */
  record Files(String pattern, List<String> sheets, Charset encoding) implements SourceOrigin {
    public Files {
      Objects.requireNonNull(pattern, "pattern");
      sheets = List.copyOf(sheets);
      Objects.requireNonNull(encoding, "encoding");
      FileSystems.getDefault().getPathMatcher("glob:" + pattern); // throws on a bad pattern
    }

    /** Whether the file's bare name matches the pattern. */
    public boolean matches(String fileName) {
      PathMatcher m = FileSystems.getDefault().getPathMatcher("glob:" + pattern);
      return m.matches(Path.of(fileName));
    }
  }

  /**
   * Queries against a named database connection ({@code kind: sql}); each result becomes a dated
   * extract file in the data folder.
   *
   * @param connection the name of the connection, defined outside the workspace
   * @param queries the queries, each returning period, optional breakdown and the figure
   * @param months how many months each extract covers, ending with the reporting month (the months
   *     before it are taken again, as late recording changes them)
   * @param timeoutSeconds how long one query may run before it is cancelled
   */
  record Queries(String connection, List<SourceQuery> queries, int months, int timeoutSeconds)
      implements SourceOrigin {
    /** Each extract: the reporting month and the two before it, as the month-end re-runs take them. */
    public static final int DEFAULT_MONTHS = 3;
    /** Ten minutes: a reporting database's slowest monthly query, with room to spare. */
    public static final int DEFAULT_TIMEOUT_SECONDS = 600;

    public Queries {
      Objects.requireNonNull(connection, "connection");
      queries = List.copyOf(queries);
      if (months < 1 || timeoutSeconds < 1) {
        throw new IllegalArgumentException("months and timeoutSeconds must be at least 1");
      }
    }
  }
}
