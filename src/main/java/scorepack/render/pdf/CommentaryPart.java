package scorepack.render.pdf;

import com.lowagie.text.pdf.PdfName;
import java.util.ArrayList;
import java.util.List;
import scorepack.pack.Cell;
import scorepack.pack.Column;
import scorepack.pack.CommentSource;
import scorepack.pack.Field;
import scorepack.pack.Pack;
import scorepack.pack.Row;
import scorepack.pack.Section;

/**
 * The exceptions and commentary, after the scorecard: every line rated Red in a RAG column the
 * scorecard prints, and every other line with the performance officer's comment, in scorecard order.
 * Each has its reference and title as a heading (H3), its RAG judgements, latest figure and target
 * as the scorecard prints them, and the comment as running text (P), the way a committee report
 * prints commentary under each indicator; a Red line nobody commented on says "No commentary
 * supplied". A note that the comment was carried forward from an earlier month is set apart above it.
 */
final class CommentaryPart {
  static final String HEADING = "Exceptions and commentary";
  private static final float MAX_PROSE_WIDTH = 760;
  private static final float LINE_GAP = 16;
  private static final float HEADING_GAP = 3;
  private static final float FIGURES_GAP = 4;

  private CommentaryPart() {}

  /** @param subline the line under the heading, such as the as-at line, or empty */
  static PackPart of(Pack pack, String subline, PageGeometry geometry, LineBreaker lineBreaker) {
    return of(pack, subline, geometry, lineBreaker, PartStart.newPage(geometry));
  }

  static PackPart of(Pack pack, String subline, PageGeometry geometry, LineBreaker lineBreaker, PartStart start) {
    return new BlockPart(HEADING, subline, blocks(pack, geometry, lineBreaker), geometry, start);
  }

  /** Whether any line of the pack has a comment, or is Red and so says that it has none. */
  static boolean applies(Pack pack) {
    return pack.sections().stream().flatMap(s -> s.rows().stream())
        .anyMatch(r -> r.data().containsKey(Field.COMMENTARY));
  }

  private static List<Block> blocks(Pack pack, PageGeometry geometry, LineBreaker lineBreaker) {
    TextStyle headingStyle = TextStyle.bold(geometry.proseSize() + 2).withColour(HouseColours.NAVY);
    TextStyle prose = TextStyle.regular(geometry.proseSize() + 0.5f);
    TextStyle muted = TextStyle.regular(geometry.proseSize()).withColour(HouseColours.MUTED);
    float width = Math.min(geometry.contentWidth(), MAX_PROSE_WIDTH);
    List<Block> blocks = new ArrayList<>();
    blocks.add(TextBlock.of(PdfName.P, "Every line the scorecard rates Red, with its commentary (\""
        + CommentSource.NOT_SUPPLIED_TEXT + "\" where none was given), and every other line with commentary, in"
        + " scorecard order.", muted, width, lineBreaker, 0, 0));
    for (Section section : pack.sections()) {
      String ref = "";
      List<Column> columns = pack.columnsOf(section);
      int indicator = column(columns, Field.INDICATOR);
      List<Integer> shown = shownColumns(pack, columns);
      for (Row row : section.rows()) {
        ref = row.ref().isEmpty() ? ref : row.ref();
        Cell comment = row.data().get(Field.COMMENTARY);
        if (comment == null || comment.text().isBlank()) {
          continue;
        }
        String title = indicator < 0 ? row.indicatorId() : row.cells().get(indicator).text();
        blocks.add(TextBlock.of(PdfName.H3, (ref.isEmpty() ? "" : ref + " ") + title, headingStyle, width,
            lineBreaker, LINE_GAP, HEADING_GAP));
        List<FigureLine.Figure> figures = new ArrayList<>();
        for (int c : shown) {
          Cell cell = row.cells().get(c);
          if (!cell.text().isBlank()) {
            figures.add(new FigureLine.Figure(columns.get(c).heading() + ":", cell));
          }
        }
        if (!figures.isEmpty()) {
          blocks.add(FigureLine.of(figures, muted, geometry.proseSize() + 0.5f, width, lineBreaker, FIGURES_GAP));
        }
        String text = comment.text();
        int note = text.indexOf(") ");
        if (CommentSource.of(comment) == CommentSource.CARRIED_FORWARD && text.startsWith("(") && note > 0) {
          blocks.add(TextBlock.of(PdfName.P, text.substring(0, note + 1), muted, width, lineBreaker, 0, 2)
              .keptWithNext());
          text = text.substring(note + 2);
        }
        blocks.add(TextBlock.of(PdfName.P, text, prose, width, lineBreaker, 0, 0));
      }
    }
    return blocks;
  }

  /**
   * The columns shown beside each comment: every RAG judgement the scorecard prints, the latest
   * figure (the pack's month, else the last month shown, else the year to date or outturn) and the
   * target.
   */
  private static List<Integer> shownColumns(Pack pack, List<Column> columns) {
    List<Integer> shown = new ArrayList<>();
    for (int c = 0; c < columns.size(); c++) {
      if (columns.get(c).field() == Field.RAG_MONTH || columns.get(c).field() == Field.RAG_YEAR) {
        shown.add(c);
      }
    }
    int latest = -1;
    for (int c = 0; c < columns.size(); c++) {
      if (columns.get(c).field() == Field.MONTH
          && (latest < 0 || !pack.period().equals(columns.get(latest).period()))) {
        latest = c;
      }
    }
    if (latest < 0) {
      latest = column(columns, Field.OUTTURN);
    }
    add(shown, latest >= 0 ? latest : column(columns, Field.YTD));
    add(shown, column(columns, Field.GREEN));
    return shown;
  }

  private static void add(List<Integer> shown, int column) {
    if (column >= 0) {
      shown.add(column);
    }
  }

  private static int column(List<Column> columns, Field field) {
    for (int c = 0; c < columns.size(); c++) {
      if (columns.get(c).field() == field) {
        return c;
      }
    }
    return -1;
  }
}
