package scorepack.engine;

import java.util.Objects;

/**
 * One point that a special-cause rule picks out.
 *
 * @param rule the rule
 * @param index the point's position in the series, 0 for the oldest
 * @param direction {@link Direction#UP} for a signal of a higher process (above the mean, above
 *     the upper limit, rising), {@link Direction#DOWN} for a lower one; never {@code SAME}
 */
public record SpcFlag(SpcRule rule, int index, Direction direction) {
  public SpcFlag {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(direction, "direction");
    if (index < 0) {
      throw new IllegalArgumentException("a flagged point's index cannot be negative, found " + index);
    }
    if (direction == Direction.SAME) {
      throw new IllegalArgumentException("a special cause is either up or down, not the same");
    }
  }
}
