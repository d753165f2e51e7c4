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
      for (Row row : section.rows()) {
        html.raw("<tr>");
        for (int i = 0; i < columns.size(); i++) {
          cell(columns.get(i), row.cells().get(i), html);
        }
        html.raw("</tr>\n");
      }
      html.raw("</tbody>\n</table>\n</div>\n");
    }
    html.raw("</section>\n");
  }

  /** A column's header: its heading, else its group, else the field's own. */
  private static String heading(Column c) {
    String text = !c.heading().isEmpty() ? c.heading() : c.group() != null && !c.group().isEmpty() ? c.group()
        : c.field().defaultHeading();
    return c.group() != null && !c.group().isEmpty() && !text.equals(c.group()) ? c.group() + " " + text : text;
  }

  private static void cell(Column column, Cell cell, Html html) {
    String tag = column.field() == Field.INDICATOR ? "th" : "td";
    String scope = tag.equals("th") ? " scope=\"row\"" : "";
    String tone = HtmlStyle.toneClass(cell.tone());
    html.raw("<" + tag + scope + (tone.isEmpty() ? "" : " class=\"" + tone + "\"") + ">").text(cell.text());
    if (!cell.meaning().isEmpty()) {
      html.raw(" <span class=\"word\">").text(cell.meaning().strip()).raw("</span>");
    }
    html.raw("</" + tag + ">");
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
