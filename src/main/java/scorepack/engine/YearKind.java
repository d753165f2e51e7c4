package scorepack.engine;

import java.time.Month;

/** Which twelve months make up an indicator's reporting year. */
public enum YearKind {
  /** April to March, labelled 2022/23. */
  FINANCIAL(Month.APRIL),
  /** September to August, labelled 2022/23. */
  ACADEMIC(Month.SEPTEMBER);

  private final Month firstMonth;

  YearKind(Month firstMonth) {
    this.firstMonth = firstMonth;
  }

  /** The month a reporting year of this kind starts in. */
  public Month firstMonth() {
    return firstMonth;
  }
}
