package scorepack.diagnostic;

import java.util.List;
import java.util.Objects;

/**
 * One problem in one input file.
 *
 * @param file the file, as the user would name it (relative to the workspace where possible)
 * @param line the 1-based line, or 0 when not known
 * @param column the 1-based column, or 0 when not known
 * @param where the YAML path or CSV column the problem is in, or empty
 * @param severity error or warning
 * @param message what was expected and what was found
 * @param kind what a warning is about, for the totals by kind; {@link WarningKind#OTHER} for errors and notes
 */
public record Diagnostic(String file, int line, int column, String where, Severity severity, String message,
    WarningKind kind) implements Comparable<Diagnostic> {
  public Diagnostic {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(where, "where");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(kind, "kind");
  }

  /** A problem of no particular kind. */
  public Diagnostic(String file, int line, int column, String where, Severity severity, String message) {
    this(file, line, column, where, severity, message, WarningKind.OTHER);
  }

  /**
   * The same problem, named as the problem of the authorities it was met in, in a run over several: a
   * shared template's warning then says whose extracts it is about, and a problem every authority
   * meets is said once.
   *
   * @param authorities the authorities it was met in, in the run's order
   * @param all how many authorities the run covers
   */
  public Diagnostic forAuthorities(List<String> authorities, int all) {
    String whose = authorities.size() == 1 ? authorities.get(0)
        : authorities.size() == all ? "all " + all + " authorities"
        : authorities.size() + " authorities (" + String.join(", ", authorities) + ")";
    return new Diagnostic(file, line, column, where.isEmpty() ? whose : whose + ": " + where, severity, message,
        kind);
  }

  /** {@code file:line:col: error: where: message}, the form compilers and editors understand. */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder(file);
    if (line > 0) {
      b.append(':').append(line);
      if (column > 0) {
        b.append(':').append(column);
      }
    }
    b.append(": ").append(severity.label()).append(": ");
    if (!where.isEmpty()) {
      b.append(where).append(": ");
    }
    return b.append(message).toString();
  }

  @Override
  public int compareTo(Diagnostic o) {
    int c = file.compareTo(o.file);
    if (c == 0) {
      c = Integer.compare(line, o.line);
    }
    if (c == 0) {
      c = Integer.compare(column, o.column);
    }
    return c != 0 ? c : message.compareTo(o.message);
  }
}
