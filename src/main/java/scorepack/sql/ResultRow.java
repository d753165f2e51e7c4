package scorepack.sql;

import java.util.Objects;

/**
 * One row a query returned, as text for the extract: empty where the database gave NULL.
 *
 * @param indicator the indicator id, mapped from the source's code where it has codes
 * @param period the month as YYYY-MM, or the text the database gave when it was not a date
 * @param breakdown our breakdown word, or empty for the whole
 * @param value the figure as given
 * @param numerator the count behind a percentage, rate or average
 * @param denominator the count it is over
 */
public record ResultRow(String indicator, String period, String breakdown, String value, String numerator,
    String denominator) {
  public ResultRow {
    Objects.requireNonNull(indicator, "indicator");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(breakdown, "breakdown");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(numerator, "numerator");
    Objects.requireNonNull(denominator, "denominator");
  }
}
