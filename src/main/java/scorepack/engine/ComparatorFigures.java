package scorepack.engine;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Benchmarks computed from every authority's value the way LAIT computes them, so members see the
 * same answer in both places: the statistical-neighbour average is the unweighted mean of the
 * neighbours that have a value; the best neighbour is the highest or lowest by polarity; quartile
 * cut points use R's default quantile (type 7) over all authorities; band A is the best quarter;
 * rank 1 is the best, and tied authorities share the lowest rank. Information-only measures have
 * no best neighbour, top quartile, band or rank.
 */
public final class ComparatorFigures {
  private static final MathContext PRECISION = MathContext.DECIMAL64;

  private ComparatorFigures() {}

  /**
   * The computed benchmarks for one indicator line.
   *
   * @param benchmarks the statistical-neighbour average, best neighbour, top-quartile threshold and
   *     regional average that could be computed
   * @param band the authority's quartile band, if it has a value and the measure has a polarity
   * @param rank the authority's rank among all authorities with a value (1 = best)
   * @param of how many authorities were ranked
   */
  public record Result(List<Benchmark> benchmarks, Optional<QuartileBand> band, Optional<Integer> rank, int of) {
    public Result {
      benchmarks = List.copyOf(benchmarks);
    }
  }

  public static Result compute(Polarity polarity, AuthorityValues all, NeighbourLists who, YearMonth month) {
    List<Benchmark> out = new ArrayList<>();
    String period = all.period();
    List<BigDecimal> neighbours = who.neighboursAt(month).orElse(List.of()).stream()
        .map(all.values()::get).filter(v -> v != null).toList();
    if (!neighbours.isEmpty()) {
      out.add(new Benchmark(BenchmarkKind.SN_AVERAGE, mean(neighbours), period));
      if (polarity != Polarity.INFO) {
        Comparator<BigDecimal> better = betterFirst(polarity);
        out.add(new Benchmark(BenchmarkKind.BEST_SN, neighbours.stream().min(better).orElseThrow(), period));
      }
    }
    List<BigDecimal> sorted = all.values().values().stream().sorted().toList();
    if (!sorted.isEmpty() && polarity != Polarity.INFO) {
      BigDecimal topQuartile = quantileType7(sorted, polarity == Polarity.HIGH ? 0.75 : 0.25);
      out.add(new Benchmark(BenchmarkKind.TOP_QUARTILE, topQuartile, period));
    }
    List<BigDecimal> region = who.region().stream().map(all.values()::get).filter(v -> v != null).toList();
    if (!region.isEmpty()) {
      out.add(new Benchmark(BenchmarkKind.REGIONAL, mean(region), period));
    }
    BigDecimal own = all.values().get(who.authority());
    if (own == null || polarity == Polarity.INFO || sorted.isEmpty()) {
      return new Result(out, Optional.empty(), Optional.empty(), sorted.size());
    }
    return new Result(out, Optional.of(band(own, sorted, polarity)), Optional.of(rank(own, sorted, polarity)),
        sorted.size());
  }

  /** R's default quantile (type 7): linear interpolation between order statistics at (n-1)p. */
  public static BigDecimal quantileType7(List<BigDecimal> sorted, double p) {
    BigDecimal h = BigDecimal.valueOf(sorted.size() - 1).multiply(BigDecimal.valueOf(p));
    int lo = h.intValue();
    BigDecimal fraction = h.subtract(BigDecimal.valueOf(lo));
    BigDecimal low = sorted.get(lo);
    if (lo + 1 >= sorted.size()) {
      return low;
    }
    return low.add(fraction.multiply(sorted.get(lo + 1).subtract(low)));
  }

  private static QuartileBand band(BigDecimal own, List<BigDecimal> sorted, Polarity polarity) {
    BigDecimal q1 = quantileType7(sorted, 0.25);
    BigDecimal q2 = quantileType7(sorted, 0.5);
    BigDecimal q3 = quantileType7(sorted, 0.75);
    if (polarity == Polarity.HIGH) {
      return own.compareTo(q3) >= 0 ? QuartileBand.A : own.compareTo(q2) >= 0 ? QuartileBand.B
          : own.compareTo(q1) >= 0 ? QuartileBand.C : QuartileBand.D;
    }
    return own.compareTo(q1) <= 0 ? QuartileBand.A : own.compareTo(q2) <= 0 ? QuartileBand.B
        : own.compareTo(q3) <= 0 ? QuartileBand.C : QuartileBand.D;
  }

  /** 1 + the number of authorities strictly better: ties share the lowest rank. */
  private static int rank(BigDecimal own, List<BigDecimal> all, Polarity polarity) {
    Comparator<BigDecimal> better = betterFirst(polarity);
    return 1 + (int) all.stream().filter(v -> better.compare(v, own) < 0).count();
  }

  private static Comparator<BigDecimal> betterFirst(Polarity polarity) {
    return polarity == Polarity.LOW ? Comparator.naturalOrder() : Comparator.reverseOrder();
  }

  private static BigDecimal mean(List<BigDecimal> values) {
    return values.stream().reduce(BigDecimal.ZERO, BigDecimal::add).divide(BigDecimal.valueOf(values.size()), PRECISION);
  }
}
