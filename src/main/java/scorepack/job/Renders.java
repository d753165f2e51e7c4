package scorepack.job;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Renders a run's files, on several cores when there are: a cold run spends most of its time in
 * the renderers, which share nothing, so their output does not depend on the order they run in.
 */
final class Renders {
  private Renders() {}

  /** The rendered bytes by target, in the order given. */
  static Map<Path, byte[]> all(Map<Path, Callable<byte[]>> renders, int threads) throws IOException {
    Map<Path, byte[]> out = new LinkedHashMap<>();
    if (threads <= 1 || renders.size() <= 1) {
      for (Map.Entry<Path, Callable<byte[]>> e : renders.entrySet()) {
        out.put(e.getKey(), call(e.getValue()));
      }
      return out;
    }
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, renders.size()));
    try {
      List<Future<byte[]>> futures = new ArrayList<>();
      for (Callable<byte[]> render : renders.values()) {
        futures.add(pool.submit(render));
      }
      int i = 0;
      for (Path target : renders.keySet()) {
        out.put(target, Futures.result(futures.get(i++), "rendering " + target.getFileName()));
      }
      return out;
    } finally {
      pool.shutdownNow();
    }
  }

  private static byte[] call(Callable<byte[]> render) throws IOException {
    try {
      return render.call();
    } catch (IOException | RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IOException(e);
    }
  }
}
