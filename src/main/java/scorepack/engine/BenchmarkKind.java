package scorepack.engine;

import java.util.Arrays;
import java.util.Optional;

/** The comparators a scorecard's LATEST BENCHMARKING columns show. */
public enum BenchmarkKind {
  /** The mean of the statistical neighbours. */
  SN_AVERAGE("sn_average", "Stat neigh av."),
  /** The best of the statistical neighbours for the indicator's polarity. */
  BEST_SN("best_sn", "Best stat neigh"),
  /** The England average. */
  NATIONAL("national", "Nat av."),
  /** The edge of the best quartile of all authorities. */
  TOP_QUARTILE("top_quartile", "Top qtile threshold"),
  /** The regional average. */
  REGIONAL("regional", "Regional av.");

  private final String code;
  private final String heading;

  BenchmarkKind(String code, String heading) {
    this.code = code;
    this.heading = heading;
  }

  /** The name used in the reference file and the CSV output's field column. */
  public String code() {
    return code;
  }

  /** The default column heading. */
  public String heading() {
    return heading;
  }

  public static Optional<BenchmarkKind> ofCode(String code) {
    return Arrays.stream(values()).filter(k -> k.code.equals(code)).findFirst();
  }
}
