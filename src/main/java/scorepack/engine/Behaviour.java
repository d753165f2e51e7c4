package scorepack.engine;

/** How an indicator's figures behave over time, which decides its year-to-date and outturn. */
public enum Behaviour {
  /** Things that happen in a period (admissions): the year to date is the sum of the periods. */
  FLOW,
  /** A position at period end (children looked after): no year to date; outturn = year-end value. */
  SNAPSHOT,
  /** A percentage or average of flows: the year to date is Σnumerator / Σdenominator. */
  RATIO,
  /** Each period's figure is formed from the 12 months ending with it; no separate year to date. */
  ROLLING_12_MONTHS,
  /**
   * An average over the year so far (days to adoption): each month prints the running
   * Σtotal / Σcases from the start of the reporting year; no separate year-to-date column.
   */
  YEAR_TO_DATE_AVERAGE;

  /** Whether the scorecard's year-to-date column carries a figure during the year. */
  public boolean hasYearToDate() {
    return this == FLOW || this == RATIO;
  }
}
