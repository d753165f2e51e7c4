package scorepack.job;

/** The version of scorepack that is running: the one place that reads it, for --version and the run record. */
public final class ToolVersion {
  private ToolVersion() {}

  /** The version in the jar's manifest, or "development build" when run from the classes. */
  public static String current() {
    String v = ToolVersion.class.getPackage().getImplementationVersion();
    return v == null ? "development build" : v;
  }
}
