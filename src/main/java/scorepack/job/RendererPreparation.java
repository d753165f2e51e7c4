package scorepack.job;

import java.io.IOException;
import java.util.Set;

/**
 * Loads the renderers' libraries and fonts on a background thread at the start of a run. A cold
 * run first reads and calculates on one core while the other waits; the renderers' first use then
 * spends a large part of a second loading classes and the font system. Doing that meanwhile on
 * the idle core shortens a month-end run. Nothing it draws is kept, and it never fails a run: a
 * renderer that cannot start reports its own error when the pack is drawn.
 */
final class RendererPreparation {
  private RendererPreparation() {}

  static void start(Set<Format> formats) {
    Thread thread = new Thread(() -> prepare(formats), "scorepack-prepare");
    thread.setDaemon(true);
    thread.setPriority(Thread.MIN_PRIORITY);
    thread.start();
  }

  private static void prepare(Set<Format> formats) {
    try {
      for (Format format : formats) {
        format.renderer().prepare();
      }
    } catch (IOException | RuntimeException | LinkageError e) {
      // The real render will meet the same problem and report it properly.
    }
  }
}
