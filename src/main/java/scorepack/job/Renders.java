package scorepack.job;

import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import scorepack.pack.Pack;

/**
 * Renders a run's files, on several cores when there are, each starting as soon as its pack is
 * calculated, so that the first pack's files are drawn while the next pack is calculated. The
 * renderers share nothing, so their output does not depend on the order they run in.
 */
final class Renders implements AutoCloseable {
  private final ExecutorService pool;
  private final Map<Path, Future<byte[]>> pending = new LinkedHashMap<>();

  /** With one thread, each file is rendered as it is submitted, on the calling thread. */
  Renders(int threads) {
    this.pool = threads > 1 ? Executors.newFixedThreadPool(threads) : null;
  }

  /** The pack's files in each of the formats, named as {@link Format#fileName} says inside {@code folder}. */
  void submit(Path folder, Pack pack, Set<Format> formats) {
    for (Format format : EnumSet.copyOf(formats)) {
      submit(folder.resolve(format.fileName(pack)), () -> format.render(pack));
    }
  }

  private void submit(Path target, Callable<byte[]> render) {
    if (pool != null) {
      pending.put(target, pool.submit(render));
    } else {
      FutureTask<byte[]> task = new FutureTask<>(render);
      task.run();
      pending.put(target, task);
    }
  }

  /** The rendered bytes by target, in the order submitted; waits for any still being drawn. */
  Map<Path, byte[]> results() throws IOException {
    Map<Path, byte[]> out = new LinkedHashMap<>();
    for (Map.Entry<Path, Future<byte[]>> e : pending.entrySet()) {
      out.put(e.getKey(), Futures.result(e.getValue(), "rendering " + e.getKey().getFileName()));
    }
    return out;
  }

  /** Stops any render still running, e.g. when a later pack's input turned out to be bad. */
  @Override
  public void close() {
    if (pool != null) {
      pool.shutdownNow();
    }
  }
}
