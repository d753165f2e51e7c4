package scorepack.engine;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;

/**
 * One figure from one extract row: either a value, or a numerator with an optional denominator.
 *
 * @param indicator the indicator id
 * @param breakdown the breakdown line, or the empty string for the whole
 * @param period the month the figure belongs to (for a quarter, term or year, its last month)
 * @param value the figure as given, or null
 * @param numerator the numerator (or count), or null
 * @param denominator the denominator, or null
 * @param source the file and line it came from
 * @param reference the months the figure describes, where the row says so (a lagged figure); empty
 *     for the definition's rule, or for a figure of its own period
 */
public record Observation(
    String indicator,
    String breakdown,
    YearMonth period,
    BigDecimal value,
    BigDecimal numerator,
    BigDecimal denominator,
    SourceRef source,
    Optional<ReferencePeriod> reference) {
  public Observation {
    Objects.requireNonNull(indicator, "indicator");
    Objects.requireNonNull(breakdown, "breakdown");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(reference, "reference");
    if (value == null && numerator == null) {
      throw new IllegalArgumentException("an observation needs a value or a numerator");
    }
  }

  /** A row that does not say which months it describes. */
  public Observation(String indicator, String breakdown, YearMonth period, BigDecimal value, BigDecimal numerator,
      BigDecimal denominator, SourceRef source) {
    this(indicator, breakdown, period, value, numerator, denominator, source, Optional.empty());
  }

  /** The key of the series this observation belongs to. */
  public SeriesKey key() {
    return new SeriesKey(indicator, breakdown);
  }
}
