package scorepack.render;

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
 * The exceptions and commentary every format that prints them shows after the scorecard: every line
 * rated Red in a RAG column the scorecard prints (which then says "No commentary supplied" if nobody
 * commented), and every other line with the performance officer's comment, in scorecard order; each
 * with its reference and title, its RAG judgements, latest figure and target as the scorecard prints
 * them, and the comment.
 */
public final class CommentaryLines {
  /** The part's heading. */
  public static final String HEADING = "Exceptions and commentary";
  /** What the part holds, for the sentence under its heading. */
  public static final String INTRO = "Every line the scorecard rates Red, with its commentary (\""
      + CommentSource.NOT_SUPPLIED_TEXT + "\" where none was given), and every other line with commentary, in"
      + " scorecard order.";

  private CommentaryLines() {}

  /**
   * A line with a comment.
   *
   * @param heading the line's reference and title as the scorecard prints them
   * @param figures the RAG judgements, latest figure and target the scorecard prints for it
   * @param note the note that the comment was carried forward from an earlier month, or empty
   * @param text the comment
   */
  public record Line(String heading, List<Shown> figures, String note, String text) {
    public Line {
      figures = List.copyOf(figures);
    }
  }

  /**
   * A figure beside a comment.
   *
   * @param heading its column's heading
   * @param cell the cell as the scorecard prints it
   */
  public record Shown(String heading, Cell cell) {}

  /** Whether any line of the pack has a comment, or is Red and so says that it has none. */
  public static boolean applies(Pack pack) {
    return pack.sections().stream().flatMap(s -> s.rows().stream())
        .anyMatch(r -> r.data().containsKey(Field.COMMENTARY));
  }

  /** The pack's lines with a comment, in scorecard order. */
  public static List<Line> of(Pack pack) {
    List<Line> lines = new ArrayList<>();
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
        List<Shown> figures = new ArrayList<>();
        for (int c : shown) {
          Cell cell = row.cells().get(c);
          if (!cell.text().isBlank()) {
            figures.add(new Shown(columns.get(c).heading(), cell));
          }
        }
        String text = comment.text();
        String note = "";
        int end = text.indexOf(") ");
        if (CommentSource.of(comment) == CommentSource.CARRIED_FORWARD && text.startsWith("(") && end > 0) {
          note = text.substring(0, end + 1);
          text = text.substring(end + 2);
        }
        lines.add(new Line((ref.isEmpty() ? "" : ref + " ") + title, figures, note, text));
      }
    }
    return lines;
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
