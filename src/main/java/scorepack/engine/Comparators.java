package scorepack.engine;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What one indicator line is benchmarked against: figures copied from publications, and where the
 * reference data holds every authority's value, figures computed from them (which take precedence).
 *
 * @param published benchmarks as given in the benchmark reference file
 * @param authorities every authority's value, if known
 * @param neighbours the authority, its statistical neighbours and region, if configured
 */
public record Comparators(List<Benchmark> published, Optional<AuthorityValues> authorities,
    Optional<NeighbourLists> neighbours) {
  public Comparators {
    published = List.copyOf(published);
    Objects.requireNonNull(authorities, "authorities");
    Objects.requireNonNull(neighbours, "neighbours");
  }

  public static Comparators published(List<Benchmark> published) {
    return new Comparators(published, Optional.empty(), Optional.empty());
  }

  /** The benchmarks to print, the computed ones replacing published ones of the same kind. */
  ComparatorFigures.Result resolve(Polarity polarity, YearMonth month) {
    Map<BenchmarkKind, Benchmark> byKind = new EnumMap<>(BenchmarkKind.class);
    published.forEach(b -> byKind.put(b.kind(), b));
    if (authorities.isEmpty() || neighbours.isEmpty()) {
      return new ComparatorFigures.Result(new ArrayList<>(byKind.values()), Optional.empty(), Optional.empty(), 0);
    }
    ComparatorFigures.Result computed =
        ComparatorFigures.compute(polarity, authorities.get(), neighbours.get(), month);
    computed.benchmarks().forEach(b -> byKind.put(b.kind(), b));
    return new ComparatorFigures.Result(new ArrayList<>(byKind.values()), computed.band(), computed.rank(),
        computed.of());
  }
}
