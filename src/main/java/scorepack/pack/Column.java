package scorepack.pack;

import java.time.YearMonth;
import java.util.Objects;

/**
 * One scorecard column.
 *
 * @param field what the column holds; also the CSV output's field name for figure columns
 * @param heading the column heading as printed, e.g. "Dec-22", "RAG (month)"
 * @param group the heading of the group of columns it sits under (e.g. "TARGET & TOLERANCES"), or empty
 * @param period for a period column (a month, or a term dated by its last month), the month; otherwise null
 * @param periodCode how the CSV names a period column's period: {@code 2023-01} for a month,
 *     {@code 2022/23-T1} for a term; empty for other columns
 */
public record Column(Field field, String heading, String group, YearMonth period, String periodCode) {
  public Column {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(heading, "heading");
    Objects.requireNonNull(group, "group");
    Objects.requireNonNull(periodCode, "periodCode");
    if ((field == Field.MONTH) != (period != null) || (period != null) == periodCode.isEmpty()) {
      throw new IllegalArgumentException("a period column, and only a period column, has a period and its code");
    }
  }

  /** A month column (its period code the month, e.g. 2023-01), or a column of no period. */
  public Column(Field field, String heading, String group, YearMonth period) {
    this(field, heading, group, period, period == null ? "" : period.toString());
  }
}
