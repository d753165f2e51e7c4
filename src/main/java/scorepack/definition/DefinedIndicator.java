package scorepack.definition;

import java.util.Objects;
import java.util.Optional;
import scorepack.engine.IndicatorDefinition;

/**
 * An indicator definition as loaded: what the engine needs, plus what only the pack prints.
 *
 * @param definition the engine's view of the indicator
 * @param dataNote what the DATA NOTE column prints, e.g. "Rate per 10,000"
 * @param file the definition file it was read from
 * @param measure what the indicator measures, shared by indicators that give the same thing in
 *     other forms (a count and its rate); commentary on one is checked against the figures of all
 *     (see {@code commentary/README.md}). The id when the definition names none.
 * @param suppression the indicator's own {@code suppression:}, which changes the pack's small-number
 *     rule for its figures in the public edition; empty to follow the pack
 * @param previousYearDecimals the decimals the previous-year column prints, where the report gives
 *     last year's figure more precisely than its months (B.15's 7.14% beside 5.4%); empty for the
 *     line's own decimals
 */
public record DefinedIndicator(IndicatorDefinition definition, String dataNote, String file, String measure,
    Optional<Suppression> suppression, Optional<Integer> previousYearDecimals) {
  public DefinedIndicator {
    Objects.requireNonNull(previousYearDecimals, "previousYearDecimals");
    if (previousYearDecimals.filter(d -> d < definition.decimals() || d > 6).isPresent()) {
      throw new IllegalArgumentException("previous_year_decimals must be from the line's own decimals ("
          + definition.decimals() + ") to 6, found " + previousYearDecimals.get());
    }
    Objects.requireNonNull(definition, "definition");
    Objects.requireNonNull(dataNote, "dataNote");
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(measure, "measure");
    Objects.requireNonNull(suppression, "suppression");
  }

  /** An indicator whose previous-year figure prints to its own decimals. */
  public DefinedIndicator(IndicatorDefinition definition, String dataNote, String file, String measure,
      Optional<Suppression> suppression) {
    this(definition, dataNote, file, measure, suppression, Optional.empty());
  }

  /** An indicator that follows the pack's small-number rule. */
  public DefinedIndicator(IndicatorDefinition definition, String dataNote, String file, String measure) {
    this(definition, dataNote, file, measure, Optional.empty());
  }

  /** An indicator that is a measure of its own. */
  public DefinedIndicator(IndicatorDefinition definition, String dataNote, String file) {
    this(definition, dataNote, file, definition.id());
  }

  public String id() {
    return definition.id();
  }
}
