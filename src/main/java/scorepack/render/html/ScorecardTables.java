package scorepack.render.html;

import java.util.List;
import scorepack.pack.Cell;
import scorepack.pack.Column;
import scorepack.pack.Field;
import scorepack.pack.FrontMatter;
import scorepack.pack.Pack;
import scorepack.pack.Row;
import scorepack.pack.Section;

/**
 * The scorecard: one table per section, captioned with the section's title, column headers with
 * scope and the indicator as each line's row header. Each table scrolls inside its own labelled,
 * focusable region, so a narrow screen never scrolls the page sideways; its header row stays in
 * view while the region scrolls.
 */
final class ScorecardTables {
  /** Characters beyond which a cell is running text rather than a figure. */
  private static final int LONG = 40;
  /** Code points up to which a cell's text is a symbol that needs its word beside it: ↑, n/a, A. */
  private static final int SYMBOL = 3;

  private ScorecardTables() {}

  static void write(Pack pack, Html html) {
    html.raw("<section aria-labelledby=\"scorecard\">\n<h2 id=\"scorecard\">").text(Parts.heading(pack, "scorecard"))
        .raw("</h2>\n");
    keys(pack.front(), html);
    int n = 0;
    for (Section section : pack.sections()) {
      n++;
      // a section of terms prints its own columns (Term 1, Term 2, 2022/23 YTD, DOT (term))
      List<Column> columns = pack.columnsOf(section);
      String caption = "table-" + n;
      html.raw("<div class=\"scroll tall\" role=\"region\" aria-labelledby=\"" + caption + "\" tabindex=\"0\">\n")
          .raw("<table class=\"scorecard\">\n<caption id=\"" + caption + "\">").text(section.title())
          .raw("</caption>\n<thead><tr>");
      for (Column c : columns) {
        html.element("th", "scope=\"col\"", heading(c));
      }
      html.raw("</tr></thead>\n<tbody>\n");
      List<String> headings = columns.stream().map(ScorecardTables::heading).toList();
      for (Row row : section.rows()) {
        html.raw("<tr>");
        for (int i = 0; i < columns.size(); i++) {
          cell(columns.get(i), headings.get(i), row.cells().get(i), html);
        }
        html.raw("</tr>\n");
      }
      html.raw("</tbody>\n</table>\n</div>\n");
    }
    html.raw("</section>\n");
  }

  /**
   * A column's header: its heading, else its group, else the field's own; with its group in front
   * unless the heading already says it (a year's "2022/23 Outturn").
   */
  private static String heading(Column c) {
    String group = c.group() == null ? "" : c.group();
    String text = !c.heading().isEmpty() ? c.heading() : !group.isEmpty() ? group : c.field().defaultHeading();
    return !group.isEmpty() && !text.contains(group) ? group + " " + text : text;
  }

  /**
   * A line's cell. A figure cell carries its column's heading as {@code data-label}, which a phone's
   * card layout prints above it; a cell of running text (an SPC explanation) is marked long, so it
   * wraps in a wider column and spans the card.
   */
  private static void cell(Column column, String heading, Cell cell, Html html) {
    if (column.field() == Field.INDICATOR) {
      html.raw("<th scope=\"row\">").text(cell.text()).raw("</th>");
      return;
    }
    String classes = (HtmlStyle.toneClass(cell.tone()) + (isLong(cell) ? " long" : "")).strip();
    html.raw("<td data-label=\"" + Html.attr(heading) + "\"" + (classes.isEmpty() ? "" : " class=\"" + classes + "\"")
        + ">");
    figure(cell, html);
    html.raw("</td>");
  }

  /**
   * A cell's text, and the word that says what it means. Beside a symbol (an arrow, n/a, a quartile)
   * and in running text the word is shown, as the PDF prints it under an arrow; where the figure's
   * own text already says it ("256+" at least, "153 (Oct21–Sep22)" describes Oct21–Sep22) it is
   * only read out, so the page does not say it twice.
   */
  static void figure(Cell cell, Html html) {
    html.text(cell.text());
    if (!cell.meaning().isEmpty()) {
      html.raw(isSymbol(cell) || isLong(cell) ? " <span class=\"word\">" : "<span class=\"read\"> ")
          .text(cell.meaning().strip()).raw("</span>");
    }
  }

  private static boolean isSymbol(Cell cell) {
    return cell.text().codePointCount(0, cell.text().length()) <= SYMBOL;
  }

  /** Running text (an SPC explanation, the reason for an n/a), which wraps in a wider column. */
  private static boolean isLong(Cell cell) {
    return cell.text().length() + cell.meaning().length() > LONG;
  }

  /** The DOT and RAG keys, so a symbol's meaning is written beside it. */
  private static void keys(FrontMatter front, Html html) {
    if (front.dotKey().isEmpty() && front.ragKey().isEmpty()) {
      return;
    }
    html.element("h3", "Key").raw("\n");
    if (!front.dotKeyIntro().isEmpty()) {
      html.element("p", front.dotKeyIntro()).raw("\n");
    }
    html.raw("<dl class=\"key\">\n");
    for (List<FrontMatter.KeyEntry> key : List.of(front.dotKey(), front.ragKey())) {
      for (FrontMatter.KeyEntry k : key) {
        String tone = HtmlStyle.toneClass(k.tone());
        html.raw("<dt" + (tone.isEmpty() ? "" : " class=\"" + tone + "\"") + ">").text(k.symbol())
            .text(k.word().isEmpty() ? "" : " " + k.word()).raw("</dt>").element("dd", k.meaning()).raw("\n");
      }
    }
    html.raw("</dl>\n");
  }
}
