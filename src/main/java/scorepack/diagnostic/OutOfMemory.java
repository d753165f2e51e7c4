package scorepack.diagnostic;

import java.util.Locale;

/**
 * The run ran out of memory: a message saying what it was doing, how much memory it had and how
 * to give it more, in place of the JVM's error and stack trace.
 */
public final class OutOfMemory extends RuntimeException {
  private OutOfMemory(String message, OutOfMemoryError cause) {
    super(message, cause);
  }

  /** While reading the file, shown as in messages. */
  public static OutOfMemory reading(String file, OutOfMemoryError cause) {
    return new OutOfMemory("ran out of memory while reading " + file + advice(), cause);
  }

  /** While doing something other than reading one file. */
  public static OutOfMemory running(OutOfMemoryError cause) {
    return new OutOfMemory("ran out of memory" + advice(), cause);
  }

  private static String advice() {
    long megabytes = Runtime.getRuntime().maxMemory() / (1024 * 1024);
    return String.format(Locale.UK, " (the run may use %,d MB); give it more memory, e.g."
        + " SCOREPACK_JAVA_OPTS='-Xmx1g -XX:+UseParallelGC' ./scorepack ..., or java -Xmx1g -jar scorepack.jar ...,"
        + " or split the input into smaller files", megabytes);
  }
}
