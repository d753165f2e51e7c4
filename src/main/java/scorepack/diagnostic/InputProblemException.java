package scorepack.diagnostic;

import java.util.List;

/** The user's input has errors: the run stops, reports them all, and exits with code 2. */
public final class InputProblemException extends RuntimeException {
  private final transient List<Diagnostic> diagnostics;
  private final String outcome;

  public InputProblemException(List<Diagnostic> diagnostics) {
    this(diagnostics, "nothing was written");
  }

  /** @param outcome what the run wrote despite the problems, e.g. "nothing was written" */
  public InputProblemException(List<Diagnostic> diagnostics, String outcome) {
    super(diagnostics.size() + " problem(s) in the input, first: "
        + (diagnostics.isEmpty() ? "none" : diagnostics.get(0)));
    this.diagnostics = List.copyOf(diagnostics);
    this.outcome = outcome;
  }

  /** What the run wrote despite the problems, for the last line of the report. */
  public String outcome() {
    return outcome;
  }

  /** A single problem. */
  public static InputProblemException of(String file, String message) {
    return new InputProblemException(List.of(new Diagnostic(file, 0, 0, "", Severity.ERROR, message)));
  }

  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }
}
