package scorepack.diagnostic;

import java.util.List;

/** The user's input has errors: the run stops, reports them all, and exits with code 2. */
public final class InputProblemException extends RuntimeException {
  private final transient List<Diagnostic> diagnostics;

  public InputProblemException(List<Diagnostic> diagnostics) {
    super(diagnostics.size() + " problem(s) in the input, first: "
        + (diagnostics.isEmpty() ? "none" : diagnostics.get(0)));
    this.diagnostics = List.copyOf(diagnostics);
  }

  /** A single problem. */
  public static InputProblemException of(String file, String message) {
    return new InputProblemException(List.of(new Diagnostic(file, 0, 0, "", Severity.ERROR, message)));
  }

  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }
}
