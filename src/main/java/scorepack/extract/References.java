package scorepack.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import scorepack.engine.AuthorityValues;
import scorepack.engine.Comparators;
import scorepack.engine.NeighbourLists;
import scorepack.engine.Benchmark;
import scorepack.engine.BenchmarkVintages;
import scorepack.engine.Populations;
import scorepack.engine.SeriesKey;

/**
 * The workspace's reference data.
 *
 * @param populations population estimates for rates per 10,000
 * @param benchmarks published comparator figures by indicator line, every vintage
 * @param authorityValues every authority's value by indicator line, where the workspace has them
 * @param neighbours the authority's statistical neighbours and region, if configured
 */
public record References(Populations populations, Map<SeriesKey, List<Benchmark>> benchmarks,
    Map<SeriesKey, AuthorityValues> authorityValues, Optional<NeighbourLists> neighbours) {
  public References {
    Objects.requireNonNull(populations, "populations");
    benchmarks = Map.copyOf(benchmarks);
    authorityValues = Map.copyOf(authorityValues);
    Objects.requireNonNull(neighbours, "neighbours");
  }

  /**
   * What one line is benchmarked against in a pack issued on a day: of the published figures, the
   * vintage current then.
   *
   * @param issued the pack's issue date, or the day its template pins the benchmarks to
   */
  public Comparators comparatorsOf(SeriesKey key, LocalDate issued) {
    return new Comparators(BenchmarkVintages.current(benchmarks.getOrDefault(key, List.of()), issued),
        Optional.ofNullable(authorityValues.get(key)), neighbours);
  }

  /** The same references with the authority's neighbour lists set. */
  public References withNeighbours(Optional<NeighbourLists> lists) {
    return new References(populations, benchmarks, authorityValues, lists);
  }
}
