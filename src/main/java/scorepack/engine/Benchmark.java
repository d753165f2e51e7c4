package scorepack.engine;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A comparator figure: copied from a publication (the benchmark reference file) or computed from
 * every authority's value.
 *
 * @param kind which benchmark it is
 * @param value the figure, in the indicator's printed unit
 * @param period the period it describes as printed, e.g. {@code 2021/22}; empty if not stated
 * @param published the day it was published, which decides the packs that print it; empty for a
 *     figure in force from the start (an undated reference row, or a computed figure)
 */
public record Benchmark(BenchmarkKind kind, BigDecimal value, String period, Optional<LocalDate> published) {
  public Benchmark {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(published, "published");
  }

  /** A figure with no publication date. */
  public Benchmark(BenchmarkKind kind, BigDecimal value, String period) {
    this(kind, value, period, Optional.empty());
  }

  /** Whether a pack issued on this day could print it: it was published on or before the day. */
  public boolean publishedBy(LocalDate day) {
    return published.map(p -> !p.isAfter(day)).orElse(true);
  }
}
