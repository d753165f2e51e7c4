package scorepack.engine;

import java.time.YearMonth;
import java.util.List;

/**
 * The period columns a scorecard section prints, which are the periods its figures and judgements
 * are calculated for: the last months ({@link MonthColumns}), or the terms of the academic year so
 * far ({@link TermColumns}). A template section chooses one; the engine calculates exactly these.
 */
public sealed interface PeriodColumns permits MonthColumns, TermColumns {
  /** The month the section's figures are as at: the pack's month, or for terms the latest term's end. */
  YearMonth reportingMonth();

  /** The month each column's figure is dated, oldest first (a term is dated by its last month). */
  List<YearMonth> periodEnds();

  /** Whether a period ending in the month is one the columns print. */
  boolean contains(YearMonth periodEnd);

  /** The same kind of columns for a pack of another month (last month's, a year ago's). */
  PeriodColumns asAt(YearMonth month);

  /** The span in words, e.g. "Jan 2023 to Mar 2023" or "Term 1 to Term 2 2022/23". */
  String describe();
}
