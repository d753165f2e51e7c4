package scorepack.pack;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A row's small trend chart: the last periods' figures, oldest first, the latest highlighted.
 *
 * @param labels the period names, e.g. "Jan 2022"
 * @param values the figures; null where a period has none
 * @param description a sentence stating the trend, the chart's alternative text
 * @param suppressed the positions whose figure the public edition suppresses (their values are null)
 */
public record Trend(List<String> labels, List<BigDecimal> values, String description, Set<Integer> suppressed) {
  public Trend {
    labels = List.copyOf(labels);
    suppressed = Set.copyOf(suppressed);
    values = Collections.unmodifiableList(new ArrayList<>(values));
    Objects.requireNonNull(description, "description");
    if (labels.size() != values.size()) {
      throw new IllegalArgumentException("a trend needs one label per value");
    }
    for (int i : suppressed) {
      if (i < 0 || i >= values.size() || values.get(i) != null) {
        throw new IllegalArgumentException("a suppressed point has no figure: point " + i);
      }
    }
  }

  /** A trend with nothing suppressed. */
  public Trend(List<String> labels, List<BigDecimal> values, String description) {
    this(labels, values, description, Set.of());
  }

  /** Whether the point at this position is a figure the public edition suppresses. */
  public boolean isSuppressed(int i) {
    return suppressed.contains(i);
  }
}
