package scorepack.render.html;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import scorepack.pack.FrontMatter;
import scorepack.pack.KeyFactTopic;
import scorepack.pack.Pack;
import scorepack.pack.Summary;
import scorepack.render.CommentaryLines;
import scorepack.render.PackRenderer;

/**
 * The pack as one HTML file: front page, summary, key facts, the scorecard, charts, commentary and
 * the appendices, in the PDF's order, with a skip link and headings in order (h1 the pack, h2 each
 * part, h3 within a part). Everything is inline, so the file makes no request of its own.
 */
public final class HtmlPackRenderer implements PackRenderer {
  @Override
  public void render(Pack pack, OutputStream out) throws IOException {
    Html html = new Html();
    String lang = pack.metadata().language().isEmpty() ? "en-GB" : pack.metadata().language();
    html.raw("<!DOCTYPE html>\n<html lang=\"" + Html.attr(lang) + "\">\n<head>\n<meta charset=\"utf-8\">\n")
        .raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .element("title", pack.metadata().title()).raw("\n")
        .raw("<meta name=\"author\" content=\"" + Html.attr(pack.metadata().author()) + "\">\n")
        .raw("<style>\n").raw(HtmlStyle.CSS).raw("</style>\n</head>\n<body>\n")
        .raw("<a class=\"skip\" href=\"#main\">Skip to the scorecard pack</a>\n")
        .raw("<main id=\"main\" tabindex=\"-1\">\n");
    front(pack.front(), html);
    contents(pack, html);
    summary(pack, html);
    keyFacts(pack, html);
    ScorecardTables.write(pack, html);
    ChartFigures.writeCharts(pack, html);
    Appendices.write(pack, html);
    html.raw("</main>\n</body>\n</html>\n");
    out.write(html.toString().getBytes(StandardCharsets.UTF_8));
  }

  private static void front(FrontMatter front, Html html) {
    html.raw("<header class=\"front\">\n").element("h1", front.title()).raw("\n")
        .element("p", "class=\"asat\"", front.asAtLine()).raw("\n");
    if (!front.notice().isEmpty()) {
      html.element("p", "class=\"notice\"", front.notice()).raw("\n");
    }
    if (!front.details().isEmpty()) {
      html.raw("<dl class=\"details\">\n");
      for (FrontMatter.Detail d : front.details()) {
        html.element("dt", d.label()).element("dd", d.value()).raw("\n");
      }
      html.raw("</dl>\n");
    }
    if (!front.vision().isEmpty()) {
      html.element("p", "class=\"vision\"", front.vision()).raw("\n");
    }
    if (!front.revisionNote().isEmpty()) {
      html.element("p", front.revisionNote()).raw("\n");
    }
    html.raw("</header>\n");
  }

  private static void contents(Pack pack, Html html) {
    html.raw("<nav aria-labelledby=\"contents\">\n<h2 id=\"contents\">Contents</h2>\n<ul>\n");
    for (String[] part : Parts.of(pack)) {
      html.raw("<li><a href=\"#" + part[0] + "\">").text(part[1]).raw("</a></li>\n");
    }
    html.raw("</ul>\n</nav>\n");
  }

  private static void summary(Pack pack, Html html) {
    Summary summary = pack.summary();
    if (summary.counts().isEmpty() && summary.sentences().isEmpty()) {
      return;
    }
    html.raw("<section aria-labelledby=\"summary\">\n<h2 id=\"summary\">Summary</h2>\n");
    if (!summary.counts().isEmpty()) {
      html.raw("<div class=\"scroll\" role=\"region\" aria-labelledby=\"summary-caption\" tabindex=\"0\">\n")
          .raw("<table class=\"counts\">\n<caption id=\"summary-caption\">").text("RAG counts, " + summary.column())
          .raw("</caption>\n<thead><tr><th scope=\"col\">RAG</th><th scope=\"col\">This month</th>")
          .raw("<th scope=\"col\">Last month</th><th scope=\"col\">Same month last year</th></tr></thead>\n<tbody>\n");
      for (Summary.Count c : summary.counts()) {
        html.raw("<tr><th scope=\"row\" class=\"" + HtmlStyle.toneClass(c.tone()) + "\">").text(c.rag()).raw("</th>");
        for (var n : new java.util.OptionalInt[] {c.now(), c.lastMonth(), c.lastYear()}) {
          html.element("td", n.isPresent() ? Integer.toString(n.getAsInt()) : "-");
        }
        html.raw("</tr>\n");
      }
      html.raw("</tbody>\n</table>\n</div>\n");
    }
    if (!summary.sentences().isEmpty()) {
      html.raw("<ul>\n");
      summary.sentences().forEach(s -> html.element("li", s).raw("\n"));
      html.raw("</ul>\n");
    }
    // A reader on a phone goes from the counts straight to the Red lines and why, not through every card.
    if (CommentaryLines.applies(pack)) {
      html.raw("<p><a href=\"#commentary\">").text(CommentaryLines.HEADING).raw("</a>: ")
          .text("every Red line, with its figures and commentary.").raw("</p>\n");
    }
    html.raw("</section>\n");
  }

  private static void keyFacts(Pack pack, Html html) {
    if (pack.keyFacts().isEmpty()) {
      return;
    }
    html.raw("<section aria-labelledby=\"key-facts\">\n<h2 id=\"key-facts\">Key facts</h2>\n");
    for (KeyFactTopic topic : pack.keyFacts()) {
      html.element("h3", topic.title()).raw("\n");
      topic.paragraphs().forEach(p -> html.element("p", p).raw("\n"));
      if (!topic.facts().isEmpty()) {
        html.raw("<ul class=\"facts\">\n");
        for (KeyFactTopic.Fact f : topic.facts()) {
          html.raw("<li>").element("strong", f.figure().text()).raw(" ").text(f.text());
          if (!f.note().isEmpty()) {
            html.raw(" ").element("span", "class=\"note\"", f.note());
          }
          html.raw("</li>\n");
        }
        html.raw("</ul>\n");
      }
      topic.charts().forEach(c -> ChartFigures.figure(c, "h4", html));
    }
    html.raw("</section>\n");
  }
}
