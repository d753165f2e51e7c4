package scorepack.render.sheet;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import scorepack.pack.NumberFormat;
import scorepack.pack.Pack;
import scorepack.pack.Summary;
import scorepack.pack.Tone;

/**
 * The summary: what changed, as the pack's sentences in column A, above one table of how many
 * measures were rated Red, Amber and Green this month, last month and a year ago. The RAG word sits
 * on its fill, as in the scorecard; the counts are numbers.
 */
final class SummaryLayout {
  static final String NAME = "Summary";
  static final List<String> HEADERS = List.of("This month", "Last month", "A year ago");
  private static final List<Integer> WIDTHS = List.of(16, 14, 14, 14);
  private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

  private SummaryLayout() {}

  static SheetLayout of(Pack pack, String name) {
    List<List<SheetCell>> rows = new ArrayList<>();
    for (Summary.Count count : pack.summary().counts()) {
      rows.add(List.of(new SheetCell.Text(count.rag(), TextRole.BODY, count.tone()), count(count.now()),
          count(count.lastMonth()), count(count.lastYear())));
    }
    List<String> headers = new ArrayList<>();
    headers.add(pack.summary().column());
    headers.addAll(HEADERS);
    TableLayout table = new TableLayout("Summary", headers, rows, WIDTHS);
    List<String> lines = new ArrayList<>();
    lines.add("This worksheet contains one table: how many measures the scorecard's " + pack.summary().column()
        + " column rated Red, Amber and Green, and how many of this month's measures with targets each month left"
        + " unrated (Not rated)."
        + " The lines below say what changed.");
    lines.add("This month is " + MONTH.format(pack.period()) + ", last month "
        + MONTH.format(pack.period().minusMonths(1)) + " and a year ago " + MONTH.format(pack.period().minusYears(1))
        + ".");
    if (table.contains(Shorthand.NOT_AVAILABLE.symbol())) {
      lines.add(Shorthand.NOT_AVAILABLE.symbol() + " = not available: that month no measure had both a figure and a"
          + " target to rate.");
    }
    lines.addAll(pack.summary().sentences());
    return SheetLayout.withTable(name, "Summary: " + pack.front().asAtLine(),
        ListLayouts.lines(lines.toArray(String[]::new)), table);
  }

  private static SheetCell count(OptionalInt n) {
    if (n.isEmpty()) {
      return SheetCell.body(Shorthand.NOT_AVAILABLE.symbol());
    }
    return new SheetCell.Figure(BigDecimal.valueOf(n.getAsInt()), FigureFormat.plain(NumberFormat.INTEGER),
        Tone.PLAIN);
  }
}
