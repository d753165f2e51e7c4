package scorepack.diagnostic;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Collects the problems of a run, so that all of them are reported at once. */
public final class Diagnostics {
  private final List<Diagnostic> all = new ArrayList<>();

  public void add(Diagnostic d) {
    all.add(d);
  }

  public void error(String file, int line, int column, String where, String message) {
    add(new Diagnostic(file, line, column, where, Severity.ERROR, message));
  }

  public void warning(String file, int line, int column, String where, String message) {
    add(new Diagnostic(file, line, column, where, Severity.WARNING, message));
  }

  /** A warning of a kind, counted in the run's totals by kind. */
  public void warning(WarningKind kind, String file, int line, int column, String where, String message) {
    add(new Diagnostic(file, line, column, where, Severity.WARNING, message, kind));
  }

  public void note(String file, int line, int column, String where, String message) {
    add(new Diagnostic(file, line, column, where, Severity.NOTE, message));
  }

  public boolean hasErrors() {
    return all.stream().anyMatch(d -> d.severity() == Severity.ERROR);
  }

  public long count(Severity severity) {
    return all.stream().filter(d -> d.severity() == severity).count();
  }

  /** How many warnings of each kind, in the order of {@link WarningKind}; kinds with none are left out. */
  public Map<WarningKind, Long> warningsByKind() {
    Map<WarningKind, Long> counts = new EnumMap<>(WarningKind.class);
    all.stream().filter(d -> d.severity() == Severity.WARNING).forEach(d -> counts.merge(d.kind(), 1L, Long::sum));
    return counts;
  }

  /**
   * The warnings totalled by kind, e.g. "28 Red lines without commentary, 4 large revisions, 2 gaps";
   * empty when there are none.
   */
  public String warningTotals() {
    return totals(all, Severity.WARNING);
  }

  /**
   * The problems of one severity totalled by kind, e.g. "3 unknown indicator codes, 1 other error";
   * empty when there are none.
   */
  public static String totals(Collection<Diagnostic> problems, Severity severity) {
    Map<WarningKind, Long> counts = new EnumMap<>(WarningKind.class);
    problems.stream().filter(d -> d.severity() == severity).forEach(d -> counts.merge(d.kind(), 1L, Long::sum));
    return String.join(", ", counts.entrySet().stream().map(e -> e.getKey() == WarningKind.OTHER
        && severity == Severity.ERROR ? e.getValue() + " other error" + (e.getValue() == 1 ? "" : "s")
        : e.getKey().count(e.getValue())).toList());
  }

  /** Every problem, sorted by file and position. */
  public List<Diagnostic> sorted() {
    List<Diagnostic> copy = new ArrayList<>(all);
    copy.sort(null);
    return List.copyOf(copy);
  }

  /** Makes every warning an error, for {@code --strict} runs that must stop on any doubt. */
  public void treatWarningsAsErrors() {
    all.replaceAll(d -> d.severity() == Severity.WARNING
        ? new Diagnostic(d.file(), d.line(), d.column(), d.where(), Severity.ERROR, d.message() + " (--strict)",
            d.kind())
        : d);
  }

  /** Throws if any error was found, carrying every problem. */
  public void throwIfErrors() {
    if (hasErrors()) {
      throw new InputProblemException(sorted());
    }
  }
}
