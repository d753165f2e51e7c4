package scorepack.sql;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import scorepack.definition.SourceField;
import scorepack.definition.SourceQuery;
import scorepack.definition.YamlPlace;
import scorepack.diagnostic.Diagnostics;

/**
 * Turns a query's rows into extract rows through the source's mapping: its codes to indicator ids
 * (a code under {@code skip_codes} is left out quietly), its breakdown words to ours, dates to
 * months (text in the source's {@code date_format}) and numbers to plain text. A code that maps to
 * nothing is reported once for the query, with the number of rows it was in.
 */
final class RowMapping {
  private final SqlSource source;
  private final SourceQuery query;
  private final Diagnostics diagnostics;
  private final Map<String, Integer> unknownCodes = new TreeMap<>();
  /** Each code's id, looked up once: a result repeats a few codes over many rows. */
  private final Map<String, Optional<String>> idsByCode = new HashMap<>();

  RowMapping(SqlSource source, SourceQuery query, Diagnostics diagnostics) {
    this.source = source;
    this.query = query;
    this.diagnostics = diagnostics;
  }

  Optional<ResultRow> row(ResultColumns columns, ResultSet rs) throws SQLException {
    String indicator;
    if (query.indicator().isPresent()) {
      indicator = query.indicator().get();
    } else {
      String code = text(rs, columns.at(SourceField.INDICATOR));
      if (source.source().codes().skips(code)) {
        return Optional.empty();
      }
      Optional<String> id = idsByCode.computeIfAbsent(code, c -> source.source().codes().idOf(c));
      if (id.isEmpty()) {
        unknownCodes.merge(code, 1, Integer::sum);
        return Optional.empty();
      }
      indicator = id.get();
    }
    return Optional.of(new ResultRow(indicator, period(rs, columns.at(SourceField.PERIOD)),
        source.source().breakdowns().ours(text(rs, columns.at(SourceField.BREAKDOWN))),
        number(rs, columns.at(SourceField.VALUE)), number(rs, columns.at(SourceField.NUMERATOR)),
        number(rs, columns.at(SourceField.DENOMINATOR))));
  }

  /** One error per code the source does not map, after the last row. */
  void reportUnknown() {
    YamlPlace at = source.at(query);
    unknownCodes.forEach((code, rows) -> diagnostics.error(at.file(), at.line(), at.column(), at.path(),
        "query '" + query.name() + "' returned the indicator code '" + code + "' in " + rows + " row(s), which"
            + " stands for no indicator; expected " + switch (source.source().codes().match()) {
              case LISTED -> "one of the codes under 'codes:' (" + String.join(", ",
                  new TreeMap<>(source.source().codes().ids()).keySet()) + "), or the code under 'skip_codes:'";
              case IGNORE_CASE -> "an indicator id defined in indicators/, in any case";
              case EXACT -> "an indicator id defined in indicators/, or 'codes:' mapping the source's codes to ids";
            }));
  }

  private static String text(ResultSet rs, int column) throws SQLException {
    if (column == 0) {
      return "";
    }
    String s = rs.getString(column);
    return s == null ? "" : s.strip();
  }

  /** A date or timestamp stands for its month; text is read in the source's date format, or kept for the check. */
  private String period(ResultSet rs, int column) throws SQLException {
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
    String text = o == null ? "" : o.toString().strip();
    return source.source().periods().parse(text).map(YearMonth::toString).orElse(text);
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
