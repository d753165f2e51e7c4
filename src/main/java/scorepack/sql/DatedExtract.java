package scorepack.sql;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import scorepack.definition.ConnectionSettings;
import scorepack.extract.QueryProvenance;

/**
 * A source's results as one long-form extract, the same form as a hand-made one, and its
 * provenance: which query filled which lines.
 *
 * @param source the source's name
 * @param extracted the day it was taken, which starts its file name
 * @param csv the extract's text
 * @param provenance where its rows came from
 * @param rows how many figures it holds
 */
public record DatedExtract(String source, LocalDate extracted, String csv, QueryProvenance provenance, long rows) {
  static final String HEADER = "indicator,period,breakdown,value,numerator,denominator";

  public DatedExtract {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(extracted, "extracted");
    Objects.requireNonNull(csv, "csv");
    Objects.requireNonNull(provenance, "provenance");
  }

  /** The results of a source's queries, in query order, as the extract taken on {@code extracted}. */
  public static DatedExtract of(SqlSource source, ConnectionSettings settings, Months months, LocalDate extracted,
      List<QueryResult> results) {
    StringBuilder csv = new StringBuilder(HEADER).append('\n');
    long line = 1;
    List<QueryProvenance.Query> queries = new ArrayList<>();
    for (QueryResult r : results) {
      long first = line + 1;
      for (ResultRow row : r.rows()) {
        csv.append(cell(row.indicator())).append(',').append(cell(row.period())).append(',')
            .append(cell(row.breakdown())).append(',').append(cell(row.value())).append(',')
            .append(cell(row.numerator())).append(',').append(cell(row.denominator())).append('\n');
        line++;
      }
      queries.add(new QueryProvenance.Query(r.query().name(), r.sha256(), r.started(), r.took(), r.rows().size(),
          r.rows().isEmpty() ? 0 : first, r.rows().isEmpty() ? 0 : line, r.query().sql()));
    }
    QueryProvenance provenance = new QueryProvenance(source.name(), source.source().file(), settings.name(),
        settings.shownUrl(), extracted, months.toString(), queries);
    return new DatedExtract(source.name(), extracted, csv.toString(), provenance, line - 1);
  }

  /** A value quoted as RFC 4180 asks where it holds a comma, a quote or surrounding spaces. */
  private static String cell(String v) {
    boolean quote = v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || !v.equals(v.strip());
    return quote ? '"' + v.replace("\"", "\"\"") + '"' : v;
  }
}
