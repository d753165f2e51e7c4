package scorepack.sql;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A query's {@code :period_start} and {@code :period_end}, the first day of the first month and the
 * first day after the last month the extract covers, turned into JDBC's {@code ?} placeholders.
 * Text in quotes and comments is left alone, and so is PostgreSQL's {@code ::} cast.
 *
 * @param jdbcSql the query with {@code ?} for each parameter
 * @param order the parameters in the order of the {@code ?}s
 */
record NamedParameters(String jdbcSql, List<Name> order) {
  NamedParameters {
    order = List.copyOf(order);
  }

  /** The parameters a query may use. */
  enum Name {
    /** The first day of the first month the extract covers. */
    PERIOD_START,
    /** The first day after the last month the extract covers, so that {@code date < :period_end} holds the month whole. */
    PERIOD_END;

    String written() {
      return ":" + name().toLowerCase(Locale.ROOT);
    }

    LocalDate of(Months months) {
      return this == PERIOD_START ? months.first().atDay(1) : months.last().plusMonths(1).atDay(1);
    }
  }

  static NamedParameters of(String sql) {
    StringBuilder out = new StringBuilder(sql.length());
    List<Name> order = new ArrayList<>();
    int i = 0;
    while (i < sql.length()) {
      char c = sql.charAt(i);
      int end = skipped(sql, i);
      if (end > i) {
        out.append(sql, i, end);
        i = end;
      } else if (c == ':' && i + 1 < sql.length() && sql.charAt(i + 1) == ':') {
        out.append("::");
        i += 2;
      } else if (c == ':' && named(sql, i) != null) {
        Name n = named(sql, i);
        order.add(n);
        out.append('?');
        i += n.written().length();
      } else {
        out.append(c);
        i++;
      }
    }
    return new NamedParameters(out.toString(), order);
  }

  /** The end of a quoted string, quoted name or comment starting at {@code i}, or {@code i} if none starts there. */
  private static int skipped(String sql, int i) {
    char c = sql.charAt(i);
    if (c == '\'' || c == '"' || c == '[') {
      char close = c == '[' ? ']' : c;
      int j = sql.indexOf(close, i + 1);
      return j < 0 ? sql.length() : j + 1; // a doubled quote is two strings in a row: the same result
    }
    if (sql.startsWith("--", i)) {
      int j = sql.indexOf('\n', i);
      return j < 0 ? sql.length() : j;
    }
    if (sql.startsWith("/*", i)) {
      int j = sql.indexOf("*/", i + 2);
      return j < 0 ? sql.length() : j + 2;
    }
    return i;
  }

  private static Name named(String sql, int i) {
    for (Name n : Name.values()) {
      int end = i + n.written().length();
      if (sql.regionMatches(true, i, n.written(), 0, n.written().length())
          && (end == sql.length() || !Character.isLetterOrDigit(sql.charAt(end)) && sql.charAt(end) != '_')) {
        return n;
      }
    }
    return null;
  }
}
