package scorepack.definition;

import java.util.Locale;

/** What a column of a source holds: one of the columns of scorepack's own long-form extract. */
public enum SourceField {
  /** The code of the indicator, mapped to an id by the source's {@code codes:}. */
  INDICATOR,
  /** The month (or last month of the quarter, term or year) the figure covers, in the source's date format. */
  PERIOD,
  /** The breakdown word, mapped by the source's {@code breakdowns:}; empty for the total line. */
  BREAKDOWN,
  /** The figure as the source prints it. */
  VALUE,
  /** The count behind a percentage, rate or average. */
  NUMERATOR,
  /** The count a percentage or average is taken over. */
  DENOMINATOR,
  /** The date the extract was taken, YYYY-MM-DD. */
  EXTRACTED,
  /** In a wide source, the word saying which part of the figure a row holds (value, numerator or denominator). */
  MEASURE;

  /** The name of scorepack's own column, and of the key under {@code columns:}: {@code numerator}. */
  public String column() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Whether this is one of the parts of a figure: value, numerator or denominator. */
  public boolean isPart() {
    return this == VALUE || this == NUMERATOR || this == DENOMINATOR;
  }
}
