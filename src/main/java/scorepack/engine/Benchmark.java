package scorepack.engine;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A comparator figure from the benchmark reference file.
 *
 * @param kind which benchmark it is
 * @param value the figure, in the indicator's printed unit
 * @param period the period it relates to as printed, e.g. {@code 2021/22}; empty if not stated
 */
public record Benchmark(BenchmarkKind kind, BigDecimal value, String period) {
  public Benchmark {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(period, "period");
  }
}
