package scorepack.ledger;

import java.time.YearMonth;
import java.util.Objects;

/**
 * One published figure: a row of the ledger.
 *
 * @param issue the issue that published it
 * @param ref the line's reference
 * @param indicator the indicator id
 * @param breakdown the breakdown, or empty
 * @param field the column's field code, e.g. {@code month}
 * @param period the month a month figure belongs to; the reporting month for other fields
 * @param value the number or judgement code, as in the CSV output
 * @param text what was printed
 * @param source the extract file the figure came from, for month figures; else empty
 * @param issuedBy the version of scorepack that issued it; empty for figures an earlier ledger format recorded
 */
public record LedgerEntry(Issue issue, String ref, String indicator, String breakdown, String field,
    YearMonth period, String value, String text, String source, String issuedBy) {
  public LedgerEntry {
    Objects.requireNonNull(issue, "issue");
    Objects.requireNonNull(ref, "ref");
    Objects.requireNonNull(indicator, "indicator");
    Objects.requireNonNull(breakdown, "breakdown");
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(issuedBy, "issuedBy");
  }

  /** A figure issued by no named version. */
  public LedgerEntry(Issue issue, String ref, String indicator, String breakdown, String field, YearMonth period,
      String value, String text, String source) {
    this(issue, ref, indicator, breakdown, field, period, value, text, source, "");
  }

  /** The printed line and figure this entry is, whatever the issue: what two issues compare on. */
  String figureKey() {
    return ref + "|" + indicator + "|" + breakdown + "|" + field + "|" + period;
  }
}
