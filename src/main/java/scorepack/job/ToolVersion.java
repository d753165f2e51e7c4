package scorepack.job;

import scorepack.release.Release;

/** The version of scorepack that is running, for the run record and the ledger: read in one place, {@link Release}. */
public final class ToolVersion {
  private ToolVersion() {}

  /** The version set in pom.xml, e.g. {@code 0.2.0}. */
  public static String current() {
    return Release.version();
  }
}
