package scorepack.cli;

import picocli.CommandLine.IVersionProvider;
import scorepack.job.ToolVersion;

/** The version from the jar manifest. */
final class Version implements IVersionProvider {
  @Override
  public String[] getVersion() {
    return new String[] {"scorepack " + ToolVersion.current(), "Java " + System.getProperty("java.version")};
  }
}
