package scorepack.engine;

import java.util.Objects;

/**
 * Names one line of figures: an indicator, and optionally one of its breakdowns.
 *
 * @param indicator the indicator id
 * @param breakdown the breakdown, or the empty string for the whole
 */
public record SeriesKey(String indicator, String breakdown) implements Comparable<SeriesKey> {
  public SeriesKey {
    Objects.requireNonNull(indicator, "indicator");
    Objects.requireNonNull(breakdown, "breakdown");
  }

  /**
   * Written out, as is {@link #hashCode}, the same as a record's own: this is the key of every map
   * of series, and a record's own are made from method handles, which the launcher's compiler (C1)
   * calls rather than inlines (bench/README.md, "records and lambdas").
   */
  @Override
  public boolean equals(Object o) {
    return o instanceof SeriesKey k && indicator.equals(k.indicator) && breakdown.equals(k.breakdown);
  }

  @Override
  public int hashCode() {
    return indicator.hashCode() * 31 + breakdown.hashCode();
  }

  @Override
  public int compareTo(SeriesKey o) {
    int c = indicator.compareTo(o.indicator);
    return c != 0 ? c : breakdown.compareTo(o.breakdown);
  }

  @Override
  public String toString() {
    return breakdown.isEmpty() ? indicator : indicator + " [" + breakdown + "]";
  }
}
