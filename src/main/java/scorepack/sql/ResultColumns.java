package scorepack.sql;

import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import scorepack.definition.SqlQuery;
import scorepack.definition.SqlSource;
import scorepack.diagnostic.Diagnostics;

/**
 * Where a query's result holds each column scorepack reads, found by name ignoring case (SQL
 * Server keeps an alias's case, PostgreSQL folds it to lower case).
 *
 * @param positions the 1-based position of each column present, by lower-case name
 */
record ResultColumns(Map<String, Integer> positions) {
  static final Set<String> ALLOWED = Set.of("indicator", "period", "breakdown", "value", "numerator", "denominator");

  ResultColumns {
    positions = Map.copyOf(positions);
  }

  /** The columns, or null (with a diagnostic) when the result lacks one it needs or has one it should not. */
  static ResultColumns of(ResultSetMetaData meta, SqlSource source, SqlQuery q, Diagnostics diagnostics)
      throws SQLException {
    Map<String, Integer> positions = new HashMap<>();
    List<String> problems = new ArrayList<>();
    for (int i = 1; i <= meta.getColumnCount(); i++) {
      String name = meta.getColumnLabel(i).toLowerCase(Locale.ROOT);
      if (!ALLOWED.contains(name)) {
        problems.add("returned a column '" + meta.getColumnLabel(i) + "' that scorepack does not read");
      } else if (positions.put(name, i) != null) {
        problems.add("returned the column '" + name + "' twice");
      }
    }
    if (!positions.containsKey("period")) {
      problems.add("returned no 'period' column");
    }
    if (!positions.containsKey("value") && !positions.containsKey("numerator")) {
      problems.add("returned neither a 'value' nor a 'numerator' column");
    }
    if (q.indicator().isEmpty() && !positions.containsKey("indicator")) {
      problems.add("returned no 'indicator' column, and the query names no 'indicator:' for its rows");
    }
    if (q.indicator().isPresent() && positions.containsKey("indicator")) {
      problems.add("returned an 'indicator' column although the query names its indicator ('"
          + q.indicator().get() + "'); expected one or the other");
    }
    if (problems.isEmpty()) {
      return new ResultColumns(positions);
    }
    diagnostics.error(q.at().file(), q.at().line(), q.at().column(), q.at().path(), "query '" + q.name()
        + "' of source '" + source.name() + "' " + String.join(", ", problems) + "; expected the columns"
        + " period, breakdown (optional), value or numerator and denominator, and indicator unless the query"
        + " names one: give each an alias, e.g. SELECT m.period AS period, COUNT(*) AS numerator");
    return null;
  }

  /** The column's position, or 0 when the result lacks it. */
  int at(String column) {
    return positions.getOrDefault(column, 0);
  }
}
