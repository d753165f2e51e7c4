package scorepack.release;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The version of this scorepack, read from {@code scorepack/release.properties}, which Maven
 * writes from the {@code <version>} of {@code pom.xml}: the one place the version is set.
 */
public final class Release {
  private static final String RESOURCE = "/scorepack/release.properties";
  private static final String VERSION = read();

  private Release() {}

  /** The version, e.g. {@code 0.2.0}. */
  public static String version() {
    return VERSION;
  }

  /** The name and version, as the PDF's producer and {@code --version} give it: {@code scorepack 0.2.0}. */
  public static String nameAndVersion() {
    return "scorepack " + VERSION;
  }

  private static String read() {
    try (InputStream in = Release.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing: build scorepack with Maven");
      }
      Properties p = new Properties();
      p.load(in);
      String v = p.getProperty("version", "");
      if (v.isBlank() || v.startsWith("${")) {
        throw new IllegalStateException(RESOURCE + " holds no version: build scorepack with Maven");
      }
      return v.strip();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
