package scorepack.definition;

import java.util.Objects;
import java.util.Optional;
import scorepack.engine.SmallNumbers;

/**
 * A {@code public_edition:} or {@code suppression:} block as written: the small-number settings it
 * changes, each left empty to keep the one it overrides (the workspace's for a template, the
 * pack's for an indicator).
 *
 * @param threshold the smallest count that may be published, if the block sets it
 * @param zeroProtected whether a zero count is suppressed, if the block says
 */
public record Suppression(Optional<Integer> threshold, Optional<Boolean> zeroProtected) {
  /** An indicator whose figures need no protection ({@code suppression: none}). */
  public static final Suppression NONE = new Suppression(Optional.of(1), Optional.of(false));

  public Suppression {
    Objects.requireNonNull(threshold, "threshold");
    Objects.requireNonNull(zeroProtected, "zeroProtected");
  }

  /** The rule that results when this block overrides {@code base}. */
  public SmallNumbers over(SmallNumbers base) {
    return new SmallNumbers(threshold.orElse(base.threshold()), zeroProtected.orElse(base.zeroProtected()));
  }
}
