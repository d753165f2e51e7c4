package scorepack.render.sheet;

import scorepack.pack.Cell;

/** The Analysis Function's shorthand for a table cell that has no figure, always explained above the table. */
public enum Shorthand {
  NOT_AVAILABLE("[x]", "[x] = not available: there is no figure for that period, no earlier figure to compare"
      + " with, or no published benchmark; for a RAG or DOT (printed n/a), the line's note says which figure"
      + " is missing."),
  NOT_APPLICABLE("[z]", "[z] = not applicable: the measure has no figure of that kind (no year to date, no"
      + " tolerances or no amber band, a new measure with no previous year), or is not produced for that month."),
  CONFIDENTIAL(Cell.SUPPRESSED, Cell.SUPPRESSED + " = " + Cell.SUPPRESSED_MEANING + ": a small count, a figure formed"
      + " from one, a figure from which one could be worked out, or a judgement or signal resting on such a figure.");

  private final String symbol;
  private final String explanation;

  Shorthand(String symbol, String explanation) {
    this.symbol = symbol;
    this.explanation = explanation;
  }

  /**
   * A key's symbol as the workbook shows it: the PDF key's "(blank)" is [z] and its "n/a" is [x],
   * since no workbook cell is left blank or says n/a; any other symbol is itself.
   */
  static String ofKeySymbol(String symbol) {
    return symbol.startsWith("(") ? NOT_APPLICABLE.symbol
        : symbol.equals(Cell.NOT_AVAILABLE) ? NOT_AVAILABLE.symbol : symbol;
  }

  /** What the cell holds, e.g. {@code [x]}. */
  public String symbol() {
    return symbol;
  }

  /** The sentence that explains the symbol above a table and on the cover. */
  public String explanation() {
    return explanation;
  }
}
