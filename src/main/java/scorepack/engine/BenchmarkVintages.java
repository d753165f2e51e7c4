package scorepack.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Benchmarks are re-published each year: the reference file keeps every vintage, and a pack prints
 * the one current when it was issued, the latest of each kind published on or before its issue
 * date (or the day its template pins).
 */
public final class BenchmarkVintages {
  private static final Comparator<Benchmark> BY_PUBLICATION =
      Comparator.comparing((Benchmark b) -> b.published().orElse(LocalDate.MIN));

  private BenchmarkVintages() {}

  /** Of each kind, the figure published last on or before the day; a kind with none is left out. */
  public static List<Benchmark> current(List<Benchmark> all, LocalDate day) {
    Map<BenchmarkKind, Benchmark> byKind = new EnumMap<>(BenchmarkKind.class);
    for (Benchmark b : all) {
      if (b.publishedBy(day)) {
        byKind.merge(b.kind(), b, (x, y) -> BY_PUBLICATION.compare(x, y) >= 0 ? x : y);
      }
    }
    return new ArrayList<>(byKind.values());
  }
}
