package scorepack.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar manifest. */
final class Version implements IVersionProvider {
  @Override
  public String[] getVersion() {
    String v = Version.class.getPackage().getImplementationVersion();
    return new String[] {"scorepack " + (v == null ? "development build" : v),
        "Java " + System.getProperty("java.version")};
  }
}
