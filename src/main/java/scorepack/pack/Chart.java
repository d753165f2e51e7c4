package scorepack.pack;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A trend chart of one line: its last two years of periods with the reference levels a reader
 * judges them by. Renderers draw it; the description is its alternative text.
 *
 * @param title the line's reference and title
 * @param labels the period names, oldest first, e.g. "Jan 2022"
 * @param values the figures; null where a period has none
 * @param percent whether the figures are percentages
 * @param levels the reference lines: target, red threshold, last year's outturn, benchmarks
 * @param description a sentence stating what the chart shows, from the figures
 * @param suppressed the positions whose figure the public edition suppresses (their values are null)
 */
public record Chart(String title, List<String> labels, List<BigDecimal> values, boolean percent, List<Level> levels,
    String description, Set<Integer> suppressed) {
  public Chart {
    suppressed = Set.copyOf(suppressed);
    Objects.requireNonNull(title, "title");
    labels = List.copyOf(labels);
    values = Collections.unmodifiableList(new ArrayList<>(values));
    levels = List.copyOf(levels);
    Objects.requireNonNull(description, "description");
    if (labels.size() != values.size()) {
      throw new IllegalArgumentException("a chart needs one label per value");
    }
    for (int i : suppressed) {
      if (i < 0 || i >= values.size() || values.get(i) != null) {
        throw new IllegalArgumentException("a suppressed point has no figure: point " + i);
      }
    }
    for (Level level : levels) {
      if (level.from() > 0 && level.from() >= labels.size()) {
        throw new IllegalArgumentException("the line '" + level.label() + "' starts at period " + level.from()
            + " of a chart of " + labels.size());
      }
    }
  }

  /** A chart with nothing suppressed. */
  public Chart(String title, List<String> labels, List<BigDecimal> values, boolean percent, List<Level> levels,
      String description) {
    this(title, labels, values, percent, levels, description, Set.of());
  }

  /** Whether the point at this position is a figure the public edition suppresses. */
  public boolean isSuppressed(int i) {
    return suppressed.contains(i);
  }

  /**
   * A horizontal reference line.
   *
   * @param label e.g. "Target (green) 95%"
   * @param value where it is drawn
   * @param kind what it is, which decides how it is drawn
   * @param from the first period (an index into the labels) the line holds for: 0 for the whole
   *     chart; later for a process mean or limit whose chart was rebased within these periods
   */
  public record Level(String label, BigDecimal value, Kind kind, int from) {
    public Level {
      Objects.requireNonNull(label, "label");
      Objects.requireNonNull(value, "value");
      Objects.requireNonNull(kind, "kind");
      if (from < 0) {
        throw new IllegalArgumentException("a reference line starts at a period, found index " + from);
      }
    }

    /** A line across the whole chart. */
    public Level(String label, BigDecimal value, Kind kind) {
      this(label, value, kind, 0);
    }
  }

  /** What a reference line is: drawn in a distinct dash pattern each, so that greyscale keeps them apart. */
  public enum Kind {
    TARGET, RED_THRESHOLD, PREVIOUS_YEAR, BENCHMARK,
    /** The mean of the statistical process control (XmR) chart. */
    PROCESS_MEAN,
    /** An upper or lower process limit of the XmR chart. */
    PROCESS_LIMIT
  }

  /** The latest figure, if the last period has one. */
  public Optional<BigDecimal> latest() {
    return values.isEmpty() ? Optional.empty() : Optional.ofNullable(values.get(values.size() - 1));
  }
}
