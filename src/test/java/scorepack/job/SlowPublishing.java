package scorepack.job;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;

/**
 * A month-end run in a process of its own whose file operations are slowed down and announced
 * ("step N" on stdout, before step N runs), so that a test can signal or kill it at a chosen one.
 */
final class SlowPublishing {
  private static final Duration PAUSE = Duration.ofMillis(40);

  private SlowPublishing() {}

  /** @param args the workspace */
  public static void main(String[] args) throws IOException {
    FaultyDisk slow = new FaultyDisk((n, op, file) -> {
      System.out.println("step " + n);
      System.out.flush();
      try {
        Thread.sleep(PAUSE.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return null;
    });
    Issues.generate(Path.of(args[0]), slow);
    System.out.println("done");
  }
}
