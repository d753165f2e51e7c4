package scorepack.render.html;

import scorepack.pack.Changes;
import scorepack.pack.DataNote;
import scorepack.pack.GlossaryEntry;
import scorepack.pack.Pack;
import scorepack.render.CommentaryLines;

/** The parts after the scorecard: exceptions and commentary, data notes, changes since the last issue, glossary. */
final class Appendices {
  private Appendices() {}

  static void write(Pack pack, Html html) {
    commentary(pack, html);
    dataNotes(pack, html);
    changes(pack, html);
    glossary(pack, html);
  }

  /** Each Red line and each line with a comment, with its judgements, latest figure and target. */
  private static void commentary(Pack pack, Html html) {
    if (!CommentaryLines.applies(pack)) {
      return;
    }
    open("commentary", CommentaryLines.HEADING, html);
    html.element("p", "class=\"note\"", CommentaryLines.INTRO).raw("\n");
    for (CommentaryLines.Line line : CommentaryLines.of(pack)) {
      html.element("h3", line.heading()).raw("\n");
      if (!line.figures().isEmpty()) {
        html.raw("<ul class=\"figures\">");
        for (CommentaryLines.Shown shown : line.figures()) {
          String tone = HtmlStyle.toneClass(shown.cell().tone());
          html.raw("<li>").text(shown.heading() + ": ").raw(tone.isEmpty() ? "<span>" : "<span class=\"" + tone + "\">");
          ScorecardTables.figure(shown.cell(), html);
          html.raw("</span></li>");
        }
        html.raw("</ul>\n");
      }
      if (!line.note().isEmpty()) {
        html.element("p", "class=\"note\"", line.note()).raw("\n");
      }
      html.element("p", line.text()).raw("\n");
    }
    html.raw("</section>\n");
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
