package scorepack.pack;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A row's small trend chart: the last periods' figures, oldest first, the latest highlighted.
 *
 * @param labels the period names, e.g. "Jan 2022"
 * @param values the figures; null where a period has none
 * @param description a sentence stating the trend, the chart's alternative text
 */
public record Trend(List<String> labels, List<BigDecimal> values, String description) {
  public Trend {
    labels = List.copyOf(labels);
    values = Collections.unmodifiableList(new ArrayList<>(values));
    Objects.requireNonNull(description, "description");
    if (labels.size() != values.size()) {
      throw new IllegalArgumentException("a trend needs one label per value");
    }
  }
}
