package scorepack.sql;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import scorepack.definition.SqlQuery;
import scorepack.definition.SqlSource;
import scorepack.diagnostic.Diagnostics;

/**
 * Turns a query's rows into extract rows: the source's codes to indicator ids, its breakdown words
 * to ours, dates to months and numbers to plain text. A code that maps to nothing is reported once
 * for the query, with the number of rows it was in.
 */
final class RowMapping {
  private final SqlSource source;
  private final SqlQuery query;
  private final Set<String> ids;
  private final Diagnostics diagnostics;
  private final Map<String, Integer> unknownCodes = new TreeMap<>();
  /** Each code's id, looked up once: a result repeats a few codes over many rows. */
  private final Map<String, Optional<String>> idsByCode = new java.util.HashMap<>();

  RowMapping(SqlSource source, SqlQuery query, Set<String> ids, Diagnostics diagnostics) {
    this.source = source;
    this.query = query;
    this.ids = ids;
    this.diagnostics = diagnostics;
  }

  Optional<ResultRow> row(ResultColumns columns, ResultSet rs) throws SQLException {
    String indicator;
    if (query.indicator().isPresent()) {
      indicator = query.indicator().get();
    } else {
      String code = text(rs, columns.at("indicator"));
      Optional<String> id = idsByCode.computeIfAbsent(code, c -> source.indicatorFor(c, ids));
      if (id.isEmpty()) {
        unknownCodes.merge(code, 1, Integer::sum);
        return Optional.empty();
      }
      indicator = id.get();
    }
    return Optional.of(new ResultRow(indicator, period(rs, columns.at("period")),
        source.breakdownFor(text(rs, columns.at("breakdown"))), number(rs, columns.at("value")),
        number(rs, columns.at("numerator")), number(rs, columns.at("denominator"))));
  }

  /** One error per code the source does not map, after the last row. */
  void reportUnknown() {
    unknownCodes.forEach((code, rows) -> diagnostics.error(query.at().file(), query.at().line(), query.at().column(),
        query.at().path(), "query '" + query.name() + "' returned the indicator code '" + code + "' in " + rows
            + " row(s), which stands for no indicator; expected " + (source.codes().isEmpty()
                ? "an indicator id defined in indicators/ (any case), or a 'codes:' entry mapping it to one"
                : "one of the codes under 'codes:' (" + String.join(", ", new TreeMap<>(source.codes()).keySet())
                    + ")")));
  }

  private static String text(ResultSet rs, int column) throws SQLException {
    if (column == 0) {
      return "";
    }
    String s = rs.getString(column);
    return s == null ? "" : s.strip();
  }

  /** A date or timestamp stands for its month; text is kept for the extract's own check. */
  private static String period(ResultSet rs, int column) throws SQLException {
    Object o = rs.getObject(column);
    if (o instanceof java.sql.Date d) {
      return YearMonth.from(d.toLocalDate()).toString();
    }
    if (o instanceof Timestamp t) {
      return YearMonth.from(t.toLocalDateTime()).toString();
    }
    if (o instanceof LocalDate d) {
      return YearMonth.from(d).toString();
    }
    if (o instanceof LocalDateTime d) {
      return YearMonth.from(d).toString();
    }
    return o == null ? "" : o.toString().strip();
  }

  private static String number(ResultSet rs, int column) throws SQLException {
    if (column == 0) {
      return "";
    }
    Object o = rs.getObject(column);
    if (o == null) {
      return "";
    }
    if (o instanceof BigDecimal b) {
      return b.toPlainString();
    }
    if (o instanceof Double || o instanceof Float) {
      return new BigDecimal(o.toString()).toPlainString();
    }
    return o.toString().strip();
  }
}
