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
   */
  record Queries(String connection, List<SourceQuery> queries) implements SourceOrigin {
    public Queries {
      Objects.requireNonNull(connection, "connection");
      queries = List.copyOf(queries);
    }
  }
}
