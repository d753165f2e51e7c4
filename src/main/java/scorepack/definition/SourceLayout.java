package scorepack.definition;

/** How a source lays out its figures. */
public enum SourceLayout {
  /** One figure per row, as scorepack's own extract: indicator, period, breakdown, value or numerator and denominator. */
  LONG,
  /** One row per indicator (and breakdown), the months across the columns, as an Excel scorecard keeps them. */
  WIDE
}
