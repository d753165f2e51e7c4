package scorepack.engine;

import java.util.Optional;

/** How an indicator's figures behave over time, which decides its year-to-date and outturn. */
public enum Behaviour {
  /** Things that happen in a period (admissions): the year to date is the sum of the periods. */
  FLOW,
  /** A position at period end (children looked after): no year to date; outturn = year-end value. */
  SNAPSHOT,
  /**
   * A position at period end whose year to date is the latest period's position in the year: the
   * termly tables' term-end snapshots (children missing education, elective home education), whose
   * YTD column prints the latest term's figure.
   */
  LATEST_SNAPSHOT,
  /**
   * Each period's figure covers the reporting year so far (persistent absence: pupils who have missed
   * 10% of their sessions since September), so the year to date is the latest period's figure.
   */
  CUMULATIVE,
  /** A percentage or average of flows: the year to date is Σnumerator / Σdenominator. */
  RATIO,
  /** Each period's figure is formed from the 12 months ending with it; no separate year to date. */
  ROLLING_12_MONTHS,
  /**
   * An average over the year so far (days to adoption): each month prints the running
   * Σtotal / Σcases from the start of the reporting year; no separate year-to-date column.
   */
  YEAR_TO_DATE_AVERAGE;

  /**
   * Whether a period's figure folds in earlier periods (a rolling 12 months, a year-to-date
   * average). Neighbouring figures then share most of their months, so they are not the separate
   * measurements an XmR chart reads, and such lines have no process control.
   */
  public boolean isCumulative() {
    return this == ROLLING_12_MONTHS || this == YEAR_TO_DATE_AVERAGE || this == CUMULATIVE;
  }

  /**
   * Why a cumulative line has no process control, in a sentence for the explain command and the
   * scorecard's cell; empty for the others.
   */
  public Optional<String> withoutProcessControl() {
    return switch (this) {
      case ROLLING_12_MONTHS -> Optional.of("No process control: each figure covers the 12 months ending"
          + " with it, so neighbouring figures share 11 months and are not the separate measurements an XmR chart"
          + " reads.");
      case YEAR_TO_DATE_AVERAGE -> Optional.of("No process control: each figure averages every month of"
          + " the year so far, so neighbouring figures share their earlier months and are not the separate"
          + " measurements an XmR chart reads.");
      case CUMULATIVE -> Optional.of("No process control: each figure covers the year so far, so neighbouring"
          + " figures share their earlier periods and are not the separate measurements an XmR chart reads.");
      default -> Optional.empty();
    };
  }

  /** Whether the scorecard's year-to-date column carries a figure during the year. */
  public boolean hasYearToDate() {
    return this == FLOW || this == RATIO || isLatestToDate();
  }

  /** Whether the year to date is the latest period's own figure rather than formed over the year's periods. */
  public boolean isLatestToDate() {
    return this == LATEST_SNAPSHOT || this == CUMULATIVE;
  }
}
