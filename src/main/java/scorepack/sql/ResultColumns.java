package scorepack.sql;

import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import scorepack.definition.SourceField;
import scorepack.definition.SourceQuery;
import scorepack.definition.YamlPlace;
import scorepack.diagnostic.Diagnostics;

/**
 * Where a query's result holds each field, found by the column's name ignoring case (SQL Server
 * keeps an alias's case, PostgreSQL folds it to lower case): scorepack's own names, or those the
 * source gives under {@code columns:}.
 *
 * @param positions the 1-based position of each field the result holds
 */
record ResultColumns(Map<SourceField, Integer> positions) {
  static final List<SourceField> READ = List.of(SourceField.INDICATOR, SourceField.PERIOD, SourceField.BREAKDOWN,
      SourceField.VALUE, SourceField.NUMERATOR, SourceField.DENOMINATOR);

  ResultColumns {
    positions = positions.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(positions));
  }

  /** The columns, or null (with a diagnostic) when the result lacks one it needs or has one it should not. */
  static ResultColumns of(ResultSetMetaData meta, SqlSource source, SourceQuery q, Diagnostics diagnostics)
      throws SQLException {
    Map<String, SourceField> byName = new LinkedHashMap<>();
    READ.forEach(f -> byName.put(source.column(f).toLowerCase(Locale.ROOT), f));
    Map<SourceField, Integer> positions = new EnumMap<>(SourceField.class);
    List<String> problems = new ArrayList<>();
    for (int i = 1; i <= meta.getColumnCount(); i++) {
      String label = meta.getColumnLabel(i);
      SourceField field = byName.get(label.strip().toLowerCase(Locale.ROOT));
      if (field == null) {
        problems.add("returned a column '" + label + "' that scorepack does not read");
      } else if (positions.put(field, i) != null) {
        problems.add("returned the column '" + label + "' twice");
      }
    }
    need(positions, SourceField.PERIOD, source, problems);
    if (!positions.containsKey(SourceField.VALUE) && !positions.containsKey(SourceField.NUMERATOR)) {
      problems.add("returned neither a '" + source.column(SourceField.VALUE) + "' nor a '"
          + source.column(SourceField.NUMERATOR) + "' column");
    }
    if (q.indicator().isEmpty()) {
      need(positions, SourceField.INDICATOR, source, problems);
    } else if (positions.containsKey(SourceField.INDICATOR)) {
      problems.add("returned an indicator column although the query names its indicator ('" + q.indicator().get()
          + "'); expected one or the other");
    }
    if (problems.isEmpty()) {
      return new ResultColumns(positions);
    }
    YamlPlace at = source.at(q);
    diagnostics.error(at.file(), at.line(), at.column(), at.path(), "query '" + q.name() + "' of source '"
        + source.name() + "' " + String.join(", ", problems) + "; expected the columns " + String.join(", ",
            READ.stream().map(source::column).toList()) + " (breakdown optional, value or numerator and"
        + " denominator, indicator unless the query names one): give each an alias, e.g. SELECT m.period AS "
        + source.column(SourceField.PERIOD) + ", COUNT(*) AS " + source.column(SourceField.NUMERATOR));
    return null;
  }

  private static void need(Map<SourceField, Integer> positions, SourceField field, SqlSource source,
      List<String> problems) {
    if (!positions.containsKey(field)) {
      problems.add("returned no '" + source.column(field) + "' column");
    }
  }

  /** The field's position, or 0 when the result lacks it. */
  int at(SourceField field) {
    return positions.getOrDefault(field, 0);
  }
}
