package scorepack.job;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import scorepack.pack.Pack;

/**
 * A pack's files rendered the way a month-end run renders them: each format a task for the
 * run's pool of render threads, all of them in memory. For the benchmark, which times a pack
 * made as {@code generate} makes it.
 */
public final class PackRenders {
  private PackRenders() {}

  /** The pack's files by name, rendered on {@code threads} threads. */
  public static Map<Path, byte[]> render(Pack pack, Set<Format> formats, int threads) throws IOException {
    try (Renders renders = new Renders(threads)) {
      renders.submit(Path.of(""), pack, formats);
      return renders.results();
    }
  }
}
