package scorepack.engine;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Population tables for rates, e.g. children aged 0–17 by mid-year estimate. A month uses the
 * estimate for the calendar year its reporting year starts in, or the latest earlier estimate if
 * that one is not yet in the table. An estimate may be dated from a month (a revised estimate
 * the council adopted mid-year): from that month on it replaces the undated one for its year.
 */
public final class Populations {
  /**
   * One estimate.
   *
   * @param year the mid-year the estimate is for
   * @param count the population
   * @param from the month it is used from, for an estimate adopted part-way through a year
   */
  public record Estimate(int year, BigDecimal count, Optional<YearMonth> from) {
    public Estimate {
      Objects.requireNonNull(count, "count");
      Objects.requireNonNull(from, "from");
    }
  }

  private final Map<String, List<Estimate>> tables;

  private Populations(Map<String, List<Estimate>> tables) {
    this.tables = tables;
  }

  public static Populations empty() {
    return new Populations(Map.of());
  }

  /** Builds the tables from (population, year, count, from) entries. */
  public static Builder builder() {
    return new Builder();
  }

  public boolean has(String population) {
    return tables.containsKey(population);
  }

  /**
   * The estimate a figure for a month divides by: the latest estimate year no later than the
   * year its reporting year starts in, and of that year's estimates the latest in use by the month.
   *
   * @return the estimate, or empty when the table has none that early
   */
  public Optional<Estimate> estimateFor(String population, ReportingYear year, YearMonth month) {
    return tables.getOrDefault(population, List.of()).stream()
        .filter(e -> e.year() <= year.startYear() && e.from().map(f -> !f.isAfter(month)).orElse(true))
        .max(Comparator.comparingInt(Estimate::year)
            .thenComparing(e -> e.from().orElse(YearMonth.of(1, 1))));
  }

  /** Collects population estimates. */
  public static final class Builder {
    private final Map<String, List<Estimate>> tables = new HashMap<>();

    public Builder add(String population, int year, BigDecimal count) {
      return add(population, year, count, Optional.empty());
    }

    public Builder add(String population, int year, BigDecimal count, Optional<YearMonth> from) {
      Objects.requireNonNull(population, "population");
      if (count.signum() <= 0) {
        throw new IllegalArgumentException("a population must be positive, found " + count);
      }
      tables.computeIfAbsent(population, p -> new ArrayList<>()).add(new Estimate(year, count, from));
      return this;
    }

    public Populations build() {
      Map<String, List<Estimate>> copy = new HashMap<>();
      tables.forEach((k, v) -> copy.put(k, List.copyOf(v)));
      return new Populations(Map.copyOf(copy));
    }
  }
}
