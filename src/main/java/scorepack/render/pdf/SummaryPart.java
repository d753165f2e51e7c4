package scorepack.render.pdf;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import scorepack.pack.Summary;

/**
 * The summary, after the front page: how many measures the scorecard's headline RAG column rates
 * Red, Amber and Green this month, last month and a year ago, and how many it could not rate, as a
 * small table headed by that column's name whose row headings are the RAG words on their fills (as
 * the scorecard draws them), then the findings as a bulleted list.
 */
final class SummaryPart {
  static final String HEADING = "Summary";
  private static final float MAX_PROSE_WIDTH = 760;
  private static final float LIST_GAP = 16;

  private SummaryPart() {}

  /**
   * @param summary the summary; it must have counts
   * @param period the pack's month, named in the column headings
   * @param subline the line under the heading, such as the as-at line, or empty
   */
  static PackPart of(Summary summary, YearMonth period, String subline, PageGeometry geometry,
      LineBreaker lineBreaker) {
    if (summary.counts().isEmpty()) {
      throw new IllegalArgumentException("a summary part needs the RAG counts");
    }
    List<Block> blocks = new ArrayList<>();
    blocks.add(new WholeTable(counts(summary, period, geometry, lineBreaker), 0));
    TextStyle prose = TextStyle.regular(geometry.proseSize() + 1);
    float width = Math.min(geometry.contentWidth(), MAX_PROSE_WIDTH);
    blocks.addAll(new BulletList(lineBreaker, prose).blocks(summary.sentences(), width, LIST_GAP));
    return new BlockPart(HEADING, subline, blocks, geometry);
  }

  /** A row per RAG judgement: its word on its fill heading the row, then the three counts. */
  private static PagedTable counts(Summary summary, YearMonth period, PageGeometry geometry,
      LineBreaker lineBreaker) {
    float size = geometry.proseSize() + 1;
    CellLook number = new CellLook(TextStyle.regular(size), null, Align.CENTER);
    List<TableRow> rows = new ArrayList<>();
    for (Summary.Count count : summary.counts()) {
      ToneColours colours = ToneColours.of(count.tone());
      CellLook rag = new CellLook(new TextStyle(colours.bold(), size, colours.text()), colours.fill(), Align.CENTER);
      rows.add(new TableRow(List.of(new TableCell(count.rag(), rag, 1, CellRole.ROW_HEADER, null, ""),
          TableCell.data(number(count.now()), number), TableCell.data(number(count.lastMonth()), number),
          TableCell.data(number(count.lastYear()), number)), false));
    }
    List<String> headings = List.of(summary.column(), "This month\n" + month(period),
        "Last month\n" + month(period.minusMonths(1)), "A year ago\n" + month(period.minusYears(1)));
    TableHeader header = TableHeader.simple(headings, TextStyle.bold(geometry.proseSize()), Align.CENTER);
    float column = geometry.isA3() ? 112 : 100;
    return new PagedTable(new float[] {column, column, column, column}, header, rows, 0, lineBreaker);
  }

  private static String number(OptionalInt n) {
    return n.isPresent() ? String.format(Locale.ROOT, "%d", n.getAsInt()) : "not available";
  }

  /** E.g. "December 2022". */
  private static String month(YearMonth month) {
    String name = month.getMonth().name();
    return name.charAt(0) + name.substring(1).toLowerCase(Locale.ROOT) + " " + month.getYear();
  }
}
