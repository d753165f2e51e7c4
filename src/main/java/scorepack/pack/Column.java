package scorepack.pack;

import java.time.YearMonth;
import java.util.Objects;

/**
 * One scorecard column.
 *
 * @param field what the column holds; also the CSV output's field name for figure columns
 * @param heading the column heading as printed, e.g. "Dec-22", "RAG (month)"
 * @param group the heading of the group of columns it sits under (e.g. "TARGET & TOLERANCES"), or empty
 * @param period for a month column, the month; otherwise null
 */
public record Column(Field field, String heading, String group, YearMonth period) {
  public Column {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(heading, "heading");
    Objects.requireNonNull(group, "group");
    if ((field == Field.MONTH) != (period != null)) {
      throw new IllegalArgumentException("a month column, and only a month column, has a period");
    }
  }
}
