package scorepack.engine;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Population tables for rates per 10,000, e.g. children aged 0–17 by mid-year estimate. A month
 * uses the estimate for the calendar year its reporting year starts in, or the latest earlier
 * estimate if that one is not yet in the table.
 */
public final class Populations {
  private final Map<String, NavigableMap<Integer, BigDecimal>> tables;

  private Populations(Map<String, NavigableMap<Integer, BigDecimal>> tables) {
    this.tables = tables;
  }

  public static Populations empty() {
    return new Populations(Map.of());
  }

  /** Builds the tables from (population, year, count) entries. */
  public static Builder builder() {
    return new Builder();
  }

  public boolean has(String population) {
    return tables.containsKey(population);
  }

  /**
   * The estimate a figure for a reporting year divides by.
   *
   * @return the estimate year and count, or empty when the table has no estimate that early
   */
  public Optional<Map.Entry<Integer, BigDecimal>> estimateFor(String population, ReportingYear year) {
    NavigableMap<Integer, BigDecimal> table = tables.get(population);
    return table == null ? Optional.empty() : Optional.ofNullable(table.floorEntry(year.startYear()));
  }

  /** Collects population estimates. */
  public static final class Builder {
    private final Map<String, NavigableMap<Integer, BigDecimal>> tables = new HashMap<>();

    public Builder add(String population, int year, BigDecimal count) {
      Objects.requireNonNull(population, "population");
      if (count.signum() <= 0) {
        throw new IllegalArgumentException("a population must be positive, found " + count);
      }
      tables.computeIfAbsent(population, p -> new TreeMap<>()).put(year, count);
      return this;
    }

    public Populations build() {
      Map<String, NavigableMap<Integer, BigDecimal>> copy = new HashMap<>();
      tables.forEach((k, v) -> copy.put(k, new TreeMap<>(v)));
      return new Populations(Map.copyOf(copy));
    }
  }
}
