package scorepack.render.html;

import scorepack.pack.Cell;
import scorepack.pack.Changes;
import scorepack.pack.DataNote;
import scorepack.pack.Field;
import scorepack.pack.GlossaryEntry;
import scorepack.pack.Pack;
import scorepack.pack.Row;
import scorepack.pack.Section;

/** The parts after the scorecard: commentary, data notes, changes since the last issue, glossary. */
final class Appendices {
  private Appendices() {}

  static void write(Pack pack, Html html) {
    commentary(pack, html);
    dataNotes(pack, html);
    changes(pack, html);
    glossary(pack, html);
  }

  private static void commentary(Pack pack, Html html) {
    if (Parts.of(pack).stream().noneMatch(p -> p[0].equals("commentary"))) {
      return;
    }
    open("commentary", "Commentary", html);
    html.raw("<dl class=\"notes\">\n");
    for (Section section : pack.sections()) {
      for (Row row : section.rows()) {
        Cell comment = row.data().get(Field.COMMENTARY);
        if (comment != null) {
          html.element("dt", (row.ref() + " " + title(row)).strip()).element("dd", comment.text()).raw("\n");
        }
      }
    }
    html.raw("</dl>\n</section>\n");
  }

  /** The line's indicator as the scorecard prints it. */
  private static String title(Row row) {
    return row.breakdown().isEmpty() ? row.indicatorId() : row.indicatorId() + " (" + row.breakdown() + ")";
  }

  private static void dataNotes(Pack pack, Html html) {
    if (pack.dataNotes().isEmpty()) {
      return;
    }
    open("data-notes", "Data notes", html);
    html.raw("<dl class=\"notes\">\n");
    for (DataNote note : pack.dataNotes()) {
      html.element("dt", (note.ref() + " " + note.indicator()).strip()).raw("<dd>").text(note.text());
      if (!note.detail().isEmpty()) {
        html.raw("<br>").element("span", "class=\"note\"", note.detail());
      }
      html.raw("</dd>\n");
    }
    html.raw("</dl>\n</section>\n");
  }

  private static void changes(Pack pack, Html html) {
    Changes changes = pack.changes();
    if (changes.entries().isEmpty()) {
      return;
    }
    open("changes", "Changes since the last issue", html);
    if (!changes.previousIssue().isEmpty()) {
      html.element("p", "Compared with " + changes.previousIssue() + ".").raw("\n");
    }
    html.raw("<div class=\"scroll\" role=\"region\" aria-labelledby=\"changes-caption\" tabindex=\"0\">\n")
        .raw("<table>\n<caption id=\"changes-caption\">Figures revised since the last issue</caption>\n<thead><tr>");
    for (String h : new String[] {"Ref", "Indicator", "Month", "Was", "Now", "Source"}) {
      html.element("th", "scope=\"col\"", h);
    }
    html.raw("</tr></thead>\n<tbody>\n");
    for (Changes.Entry e : changes.entries()) {
      html.raw("<tr>").element("td", e.ref()).element("th", "scope=\"row\"", e.indicator()).element("td", e.month())
          .element("td", e.was()).element("td", e.now()).element("td", e.source()).raw("</tr>\n");
    }
    html.raw("</tbody>\n</table>\n</div>\n</section>\n");
  }

  private static void glossary(Pack pack, Html html) {
    if (pack.glossary().isEmpty()) {
      return;
    }
    open("glossary", "Glossary", html);
    html.raw("<dl class=\"glossary\">\n");
    for (GlossaryEntry g : pack.glossary()) {
      html.element("dt", g.term()).element("dd", g.definition()).raw("\n");
    }
    html.raw("</dl>\n</section>\n");
  }

  private static void open(String id, String heading, Html html) {
    html.raw("<section aria-labelledby=\"" + id + "\">\n<h2 id=\"" + id + "\">").text(heading).raw("</h2>\n");
  }
}
