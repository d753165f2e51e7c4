package scorepack.extract;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import scorepack.engine.Benchmark;
import scorepack.engine.Populations;
import scorepack.engine.SeriesKey;

/**
 * The workspace's reference data.
 *
 * @param populations population estimates for rates per 10,000
 * @param benchmarks comparator figures by indicator line
 */
public record References(Populations populations, Map<SeriesKey, List<Benchmark>> benchmarks) {
  public References {
    Objects.requireNonNull(populations, "populations");
    benchmarks = Map.copyOf(benchmarks);
  }

  public List<Benchmark> benchmarksOf(SeriesKey key) {
    return benchmarks.getOrDefault(key, List.of());
  }
}
