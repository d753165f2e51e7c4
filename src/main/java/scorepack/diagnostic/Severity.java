package scorepack.diagnostic;

/** How serious an input problem is. */
public enum Severity {
  /** The input cannot be used: the run stops before writing anything. */
  ERROR,
  /** Worth a look; the run goes on unless {@code --strict} is given. */
  WARNING,
  /** Says where a deliberate choice was made (a template overriding a workspace setting); never stops a run. */
  NOTE;

  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
