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
