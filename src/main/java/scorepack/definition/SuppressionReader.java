package scorepack.definition;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import scorepack.engine.SmallNumbers;

/**
 * Reads a small-number suppression block: {@code public_edition:} in {@code scorepack.yaml} or a
 * template, {@code suppression:} in an indicator (which may also say {@code none}).
 *
 * <pre>
 * public_edition:
 *   threshold: 5        # counts from 1 up to below this are suppressed (default 5)
 *   zero: shown         # shown | suppressed (default shown)
 * </pre>
 */
final class SuppressionReader {
  private static final Map<String, Boolean> ZERO = Map.of("shown", false, "suppressed", true);

  private SuppressionReader() {}

  /** A {@code public_edition:} block; an empty mapping ({@code public_edition: {}}) keeps every default. */
  static Optional<Suppression> edition(YamlNode n, YamlFields f) {
    return f.mapping(n, "the public edition's suppression, e.g. {threshold: 5, zero: shown}").map(m -> block(m, f));
  }

  /** An indicator's {@code suppression:}: a block, or {@code none} for figures that need no protection. */
  static Optional<Suppression> indicator(YamlNode n, YamlFields f) {
    if (n instanceof YamlNode.Scalar s && s.text() != null && YamlFields.normalise(s.text()).equals("none")) {
      return Optional.of(Suppression.NONE);
    }
    return f.mapping(n, "the indicator's suppression, e.g. {threshold: 10} or none").map(m -> block(m, f));
  }

  private static Suppression block(YamlNode.Mapping m, YamlFields f) {
    f.onlyKeys(m, Set.of("threshold", "zero"));
    return new Suppression(f.optional(m, "threshold").flatMap(t -> f.wholeNumber(t, 1, SmallNumbers.MAX_THRESHOLD)),
        f.optional(m, "zero").flatMap(z -> f.choice(z, ZERO)));
  }
}
