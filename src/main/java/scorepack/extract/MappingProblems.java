package scorepack.extract;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import scorepack.diagnostic.Diagnostic;
import scorepack.diagnostic.Diagnostics;
import scorepack.diagnostic.Severity;
import scorepack.diagnostic.WarningKind;

/**
 * The problems of mapping a source's rows to ours (an unknown code, breakdown word or month),
 * each reported once per source and code at the first row that has it, with how many rows share
 * it: one misconfigured code must not bury the report under a message per row.
 */
public final class MappingProblems {
  private final Map<Key, Found> found = new LinkedHashMap<>();

  /** What kind of mapping problem it is, which with the source and the word is reported once. */
  public enum Kind {
    /** A code that is no indicator's id, and that the source does not map. */
    UNKNOWN_CODE(WarningKind.UNKNOWN_CODE),
    /** A breakdown word that is none of the indicator's breakdowns. */
    UNKNOWN_BREAKDOWN(WarningKind.UNKNOWN_BREAKDOWN_WORD),
    /** A month not written in the source's date format. */
    PERIOD(WarningKind.MONTH_NOT_IN_FORMAT),
    /** A word in a wide source's measure column that is none of its measure words. */
    UNKNOWN_MEASURE(WarningKind.UNKNOWN_MEASURE_WORD);

    private final WarningKind total;

    Kind(WarningKind total) {
      this.total = total;
    }

    /** The kind the run's totals count it under. */
    public WarningKind total() {
      return total;
    }
  }

  private record Key(String source, Kind kind, String word) {}

  /** The first place a problem was met, and how often it recurred. */
  private static final class Found {
    final String file;
    final long line;
    final int column;
    final String where;
    final String message;
    final Kind kind;
    final TreeSet<String> files = new TreeSet<>();
    long rows;

    Found(Kind kind, String file, long line, int column, String where, String message) {
      this.kind = kind;
      this.file = file;
      this.line = line;
      this.column = column;
      this.where = where;
      this.message = message;
    }
  }

  /**
   * Notes a problem; only the first of each source, kind and word is kept, the others counted.
   *
   * @param source the source's name, or empty for scorepack's own extracts
   * @param word the code, breakdown word or (for a month) nothing, which with the kind says what is wrong
   */
  public void add(String source, Kind kind, String word, String file, long line, int column, String where,
      String message) {
    Objects.requireNonNull(message, "message");
    Found f = found.computeIfAbsent(new Key(source, kind, word), k -> new Found(kind, file, line, column, where, message));
    f.rows++;
    f.files.add(file);
  }

  /** Reports each problem once, at its first row, saying how many rows have it. */
  public void report(Diagnostics diagnostics) {
    for (Found f : found.values()) {
      String count = f.rows == 1 ? "" : String.format(Locale.UK, " (%,d rows%s have it; this is the first)", f.rows,
          f.files.size() == 1 ? "" : String.format(Locale.UK, " in %,d files", f.files.size()));
      diagnostics.add(new Diagnostic(f.file, (int) f.line, f.column, f.where, Severity.ERROR, f.message + count,
          f.kind.total()));
    }
    found.clear();
  }
}
