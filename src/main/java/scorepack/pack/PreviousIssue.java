package scorepack.pack;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import scorepack.engine.Figure;
import scorepack.engine.IndicatorResult;
import scorepack.engine.MonthNames;
import scorepack.engine.PeriodFigure;
import scorepack.engine.SourceRef;

/**
 * What the previous issue of a pack printed for each month figure, as the ledger recorded it: the
 * builder compares its finished rows with it for the "Changes since the last issue".
 *
 * @param label the issue, e.g. "December 2022, issued 4 January 2023"; empty for none
 * @param printed the printed text of each month figure of that issue
 */
public record PreviousIssue(String label, Map<MonthFigure, String> printed) {
  /** A pack with no earlier issue. */
  public static final PreviousIssue NONE = new PreviousIssue("", Map.of());

  public PreviousIssue {
    Objects.requireNonNull(label, "label");
    printed = Map.copyOf(printed);
  }

  /**
   * Which month figure of which line.
   *
   * @param ref the line's reference (a breakdown line carries the reference it is under)
   * @param indicator the indicator id
   * @param breakdown the breakdown, or empty
   * @param month the month the figure belongs to
   */
  public record MonthFigure(String ref, String indicator, String breakdown, YearMonth month) {
    public MonthFigure {
      Objects.requireNonNull(ref, "ref");
      Objects.requireNonNull(indicator, "indicator");
      Objects.requireNonNull(breakdown, "breakdown");
      Objects.requireNonNull(month, "month");
    }
  }

  /** The month figures of one finished row that this issue prints differently from the previous one. */
  List<Changes.Entry> changes(String ref, Row row, List<Column> columns, IndicatorResult result) {
    List<Changes.Entry> out = new ArrayList<>();
    for (int i = 0; i < columns.size(); i++) {
      Column column = columns.get(i);
      Cell cell = row.cells().get(i);
      if (column.field() != Field.MONTH || (cell.text().isEmpty() && !cell.hasValue())) {
        continue;
      }
      String was = printed.get(new MonthFigure(ref, row.indicatorId(), row.breakdown(), column.period()));
      if (was != null && !was.equals(cell.text())) {
        // a term column is named as it is headed, "Term 1 2022/23"; a month as "Dec 2022"
        String period = column.periodCode().equals(column.period().toString())
            ? MonthNames.shortName(column.period()) : column.heading() + " " + column.group();
        out.add(new Changes.Entry(ref, PackBuilder.title(result), period, was, cell.text(),
            source(result, column.period())));
      }
    }
    return out;
  }

  /** The changes, under this issue's label. */
  Changes changes(List<Changes.Entry> entries) {
    return label.isEmpty() ? Changes.NONE : new Changes(label, entries);
  }

  /** The extract a month figure came from: the month's own row, the last of the rows it is formed from. */
  private static String source(IndicatorResult result, YearMonth month) {
    return result.months().stream().filter(p -> p.month().equals(month)).findFirst().flatMap(PeriodFigure::figure)
        .map(Figure::sources).filter(s -> !s.isEmpty()).map(s -> s.get(s.size() - 1)).map(SourceRef::file)
        .orElse("");
  }
}
