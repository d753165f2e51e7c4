package scorepack.engine;

/** Which figure a due judgement lacks, so that it prints "n/a" instead of a RAG or an arrow. */
public enum MissingFigure {
  /**
   * The current reporting year's figure has not arrived: the latest period belongs to last year
   * (an annual or termly line early in its year). Last year's figure is not judged again.
   */
  CURRENT_YEAR_NOT_ARRIVED,
  /** The latest period is not one of the month columns the pack prints. */
  PERIOD_NOT_PRINTED,
  /** The period the judgement names has no figure. */
  RATED_FIGURE,
  /** The year has no figure of its own yet: no year to date (a snapshot in-year), or a period is missing. */
  YEAR_FIGURE,
  /** The earlier figure a direction of travel compares with is missing (last period, last year's outturn). */
  EARLIER_FIGURE
}
