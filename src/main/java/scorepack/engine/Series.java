package scorepack.engine;

import java.time.YearMonth;
import java.util.Collections;
import java.util.List;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The figures of one indicator line by month, after later extracts have replaced earlier ones.
 *
 * @param key the indicator and breakdown
 * @param byMonth the winning observation for each month
 * @param superseded every observation that a later extract replaced, with what replaced it
 */
public record Series(SeriesKey key, NavigableMap<YearMonth, Observation> byMonth, List<Supersession> superseded) {
  public Series {
    Objects.requireNonNull(key, "key");
    byMonth = Collections.unmodifiableNavigableMap(new TreeMap<>(byMonth));
    superseded = List.copyOf(superseded);
  }

  /** A series with no figures at all. */
  public static Series empty(SeriesKey key) {
    return new Series(key, new TreeMap<>(), List.of());
  }

  public Optional<Observation> at(YearMonth month) {
    return Optional.ofNullable(byMonth.get(month));
  }

  /**
   * An observation that a later extract replaced.
   *
   * @param replaced the earlier figure
   * @param by the figure that replaced it
   */
  public record Supersession(Observation replaced, Observation by) {
    public Supersession {
      Objects.requireNonNull(replaced, "replaced");
      Objects.requireNonNull(by, "by");
    }
  }
}
