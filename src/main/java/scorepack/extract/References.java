package scorepack.extract;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import scorepack.engine.AuthorityValues;
import scorepack.engine.Comparators;
import scorepack.engine.NeighbourLists;
import scorepack.engine.Benchmark;
import scorepack.engine.Populations;
import scorepack.engine.SeriesKey;

/**
 * The workspace's reference data.
 *
 * @param populations population estimates for rates per 10,000
 * @param benchmarks published comparator figures by indicator line
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

  /** What one line is benchmarked against. */
  public Comparators comparatorsOf(SeriesKey key) {
    return new Comparators(benchmarks.getOrDefault(key, List.of()), Optional.ofNullable(authorityValues.get(key)),
        neighbours);
  }

  /** The same references with the authority's neighbour lists set. */
  public References withNeighbours(Optional<NeighbourLists> lists) {
    return new References(populations, benchmarks, authorityValues, lists);
  }
}
