package scorepack.cli;

import picocli.CommandLine.IVersionProvider;
import scorepack.release.Release;

/** What {@code --version} prints: scorepack's version and the Java it runs on. */
final class Version implements IVersionProvider {
  @Override
  public String[] getVersion() {
    return new String[] {Release.nameAndVersion(), "Java " + System.getProperty("java.version")
        + " (" + System.getProperty("java.vendor") + ")"};
  }
}
