package scorepack.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import java.math.BigDecimal;
import scorepack.pack.Cell;
import scorepack.pack.Chart;
import scorepack.pack.NumberFormat;
import scorepack.pack.Pack;
import scorepack.pack.PackFixtures;
import scorepack.pack.Tone;

class HtmlPackRendererTest {
  private static String page(Pack pack) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new HtmlPackRenderer().render(pack, out);
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void isOneSelfContainedPageInBritishEnglishWithASkipLinkToItsMainPart() throws IOException {
    String html = page(PackFixtures.corporateParentingLike(3));
    assertThat(html).startsWith("<!DOCTYPE html>\n<html lang=\"en-GB\">")
        .contains("<a class=\"skip\" href=\"#main\">").contains("<main id=\"main\"")
        .doesNotContain("<link").doesNotContain("<script").doesNotContain("src=").doesNotContain("url(")
        .doesNotContain("http://").doesNotContain("https://");
  }

  @Test
  void headingsNeverSkipALevel() throws IOException {
    Matcher h = Pattern.compile("<h([1-6])[ >]").matcher(page(PackFixtures.corporateParentingLike(3)));
    int last = 0;
    while (h.find()) {
      int level = Integer.parseInt(h.group(1));
      assertThat(level).as("heading after h%d", last).isLessThanOrEqualTo(last + 1);
      last = level;
    }
    assertThat(last).isPositive();
  }

  @Test
  void everyTableHasACaptionColumnHeadersWithScopeAndScrollsInALabelledFocusableRegion() throws IOException {
    String html = page(PackFixtures.corporateParentingLike(3));
    int tables = html.split("<table", -1).length - 1;
    assertThat(tables).isPositive();
    assertThat(html.split("<caption id=\"", -1).length - 1).isEqualTo(tables);
    assertThat(html.split("role=\"region\" aria-labelledby=\"", -1).length - 1).isEqualTo(tables);
    assertThat(html).contains("<th scope=\"col\">").contains("<th scope=\"row\">")
        .doesNotContain("<th>");
  }

  @Test
  void aRagIsAWordOnItsColourAndEveryToneHasItsColour() throws IOException {
    String html = page(PackFixtures.corporateParentingLike(3));
    assertThat(html).containsPattern("<td data-label=\"[^\"]*RAG[^\"]*\" class=\"t-rag-(red|amber|green)\">(Red|Amber|Green)")
        .contains(".t-rag-red{color:#9C0006;background:#FFC7CE}");
  }

  @Test
  void onAPhoneEachLineIsACardWhoseFiguresCarryTheirColumnHeading() throws IOException {
    String html = page(PackFixtures.corporateParentingLike(3));
    assertThat(html).contains("<td data-label=\"2022/23 Dec-22\">97.3%</td>")
        .contains("<td data-label=\"TARGET &amp; TOLERANCES Green (target)\">95%+</td>")
        .contains("@media (max-width:640px)").contains("table.scorecard td::before{content:attr(data-label)");
  }

  /**
   * The word beside an arrow or n/a, and an SPC cell's explanation, are shown, as the PDF prints
   * them; beside a figure whose own text says it already ("256+", "153 (Oct21–Sep22)") the word is
   * only read out, not printed twice ("256+ at least" was what a phone showed).
   */
  @Test
  void aWordIsShownBesideASymbolAndOnlyReadOutWhereTheFigureSaysItAlready() {
    assertThat(figure(new Cell("↓", null, NumberFormat.NONE, Tone.IMPROVING, "improving", "down")))
        .isEqualTo("↓ <span class=\"word\">improving</span>");
    assertThat(figure(Cell.notAvailable("no figure for March 2023")))
        .isEqualTo("n/a <span class=\"word\">no figure for March 2023</span>");
    assertThat(figure(new Cell("256+", new BigDecimal("256"), NumberFormat.INTEGER, Tone.PLAIN, "at least", "")))
        .isEqualTo("256+<span class=\"read\"> at least</span>");
    assertThat(figure(new Cell("153 (Oct21–Sep22)", new BigDecimal("153"), NumberFormat.INTEGER, Tone.PLAIN,
        "describes Oct21–Sep22", ""))).isEqualTo("153 (Oct21–Sep22)<span class=\"read\"> describes Oct21–Sep22</span>");
    assertThat(figure(new Cell("Special cause: concerning", null, NumberFormat.NONE, Tone.DECLINING,
        "the last 7 points are above the mean", "")))
        .isEqualTo("Special cause: concerning <span class=\"word\">the last 7 points are above the mean</span>");
  }

  /**
   * A chart is drawn about a phone's width, so that its 12px text is not shrunk to 7px there, and its
   * period labels never run into each other. Worked by hand for 24 months, Apr 2021 to Mar 2023: the
   * plot is 400 - 56 - 16 = 328 units wide, 328 / 23 = 14.3 units a month; a label is about
   * 8 x 7.5 = 60 units, so every max(ceil(68 / 14.3), 24 / 4) = 6th month is labelled (Oct 2021,
   * Apr 2022, Oct 2022), except Oct 2022, whose half-width of 30 and the last label's 60 do not fit
   * in the 5 x 14.3 = 71 units before the end.
   */
  @Test
  void aChartIsDrawnAtAPhonesWidthAndItsPeriodLabelsDoNotOverlap() {
    List<String> months = new ArrayList<>();
    List<BigDecimal> values = new ArrayList<>();
    for (YearMonth m = YearMonth.of(2021, 4); !m.isAfter(YearMonth.of(2023, 3)); m = m.plusMonths(1)) {
      months.add(m.format(DateTimeFormatter.ofPattern("MMM yyyy", Locale.UK)));
      values.add(BigDecimal.valueOf(90 + months.size()));
    }
    Html html = new Html();
    ChartFigures.figure(new Chart("4.2 Rate", months, values, false, List.of(), "4.2 Rate rose."), "h3", html);
    Matcher label = Pattern.compile("<text x=\"[0-9.]+\" y=\"278.0\" text-anchor=\"\\w+\">([^<]+)</text>")
        .matcher(html.toString());
    List<String> labelled = new ArrayList<>();
    while (label.find()) {
      labelled.add(label.group(1));
    }
    assertThat(html.toString()).contains("viewBox=\"0 0 400 300\"");
    assertThat(labelled).containsExactly("Apr 2021", "Oct 2021", "Apr 2022", "Mar 2023");
  }

  private static String figure(Cell cell) {
    Html html = new Html();
    ScorecardTables.figure(cell, html);
    return html.toString();
  }

  @Test
  void escapesThePacksText() {
    assertThat(Html.escape("<b>\"A&B\"</b>")).isEqualTo("&lt;b&gt;&quot;A&amp;B&quot;&lt;/b&gt;");
  }

  @Test
  void theSamePackGivesTheSameBytes() throws IOException {
    assertThat(page(PackFixtures.corporateParentingLike(3))).isEqualTo(page(PackFixtures.corporateParentingLike(3)));
  }
}
