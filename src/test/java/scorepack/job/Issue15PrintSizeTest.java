package scorepack.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import scorepack.definition.Template;
import scorepack.pack.Pack;
import scorepack.pack.Paper;
import scorepack.pack.PreviousIssue;
import scorepack.pack.Edition;
import scorepack.workspace.Workspace;

/**
 * Issue 15, point 6 (print size): the Members template chooses {@code paper: a4}, and its PDF is then
 * landscape A4 throughout, its scorecard in type readable on A4 (8.5 pt figures, headings no
 * smaller than 7 pt) where the A3 layout, printed on A4, shrinks its 7.5 pt figures to 5.3 pt. Its
 * columns continue on the next page, each part repeating the lines' reference and title and its
 * column headings, and together the parts print every cell of the A3 table.
 */
class Issue15PrintSizeTest {
  private static final Instant CREATED = Instant.parse("2023-04-04T00:00:00Z");
  /** Landscape A4 and A3 in points. */
  private static final float A4_WIDTH = 842;
  private static final float A4_HEIGHT = 595;
  private static final float A3_WIDTH = 1191;

  private static byte[] onA4;
  private static byte[] onA3;

  @BeforeAll
  static void renderMembersOnBothPapers() throws IOException {
    Workspace workspace = GoldenPacks.bundledWorkspace();
    Template members = workspace.templates().get("members");
    assertThat(members.paper()).as("the bundled Members template prints on A4").isEqualTo(Template.Paper.A4);
    PackCalculation calculation = new PackCalculation(workspace);
    Pack a4 = calculation.pack(members, YearMonth.of(2023, 3), CREATED, PreviousIssue.NONE, Edition.RESTRICTED);
    Pack a3 = calculation.pack(onPaper(members, Template.Paper.A3), YearMonth.of(2023, 3), CREATED,
        PreviousIssue.NONE, Edition.RESTRICTED);
    assertThat(a4.metadata().paper()).isEqualTo(Paper.A4);
    assertThat(a3.metadata().paper()).isEqualTo(Paper.A3);
    onA4 = Format.PDF.render(a4);
    onA3 = Format.PDF.render(a3);
  }

  @Test
  void everyPageOfAnA4PackIsLandscapeA4AndTheA3TemplatesScorecardIsA3() throws IOException {
    try (PDDocument pdf = Loader.loadPDF(onA4)) {
      for (PDPage page : pdf.getPages()) {
        assertThat(page.getMediaBox().getWidth()).isEqualTo(A4_WIDTH);
        assertThat(page.getMediaBox().getHeight()).isEqualTo(A4_HEIGHT);
      }
    }
    try (PDDocument pdf = Loader.loadPDF(onA3)) {
      assertThat(pdf.getPage(0).getMediaBox().getWidth()).isEqualTo(A3_WIDTH);
    }
  }

  @Test
  void theA4ScorecardsFiguresAre8Point5AndNoTextIsUnder7Point() throws IOException {
    Map<Integer, List<Float>> sizes = scorecardGlyphSizes(onA4);
    assertThat(sizes).as("scorecard pages").hasSizeGreaterThanOrEqualTo(8);
    for (Map.Entry<Integer, List<Float>> page : sizes.entrySet()) {
      assertThat(page.getValue()).as("page %d", page.getKey()).allSatisfy(s -> assertThat(s).isGreaterThanOrEqualTo(7f));
    }
    // the figures and titles, most of the text (a page may also hold the start of the commentary)
    assertThat(mostCommon(sizes.values().stream().flatMap(List::stream).toList())).isEqualTo(8.5f);
  }

  /** The reason for the A4 layout: an A3 page printed on A4 is scaled by 842/1191. */
  @Test
  void theA3ScorecardPrintedOnA4WouldSetItsFiguresAt5Point3() throws IOException {
    Map<Integer, List<Float>> sizes = scorecardGlyphSizes(onA3);
    assertThat(sizes).isNotEmpty();
    for (List<Float> page : sizes.values()) {
      assertThat(mostCommon(page)).isEqualTo(7.5f);
      assertThat(mostCommon(page) * A4_WIDTH / A3_WIDTH).isLessThan(5.4f);
    }
  }

  @Test
  void eachColumnPartRepeatsTheLinesReferenceTitleAndHeadings() throws IOException {
    List<List<List<String>>> scorecard = RenderedLines.pdfTables(onA4).stream()
        .filter(Issue15PrintSizeTest::isScorecard).toList();
    // the scorecard of months and the education table of terms, each in two column parts
    assertThat(scorecard).hasSize(4);
    for (int t = 0; t < scorecard.size(); t += 2) {
      List<List<String>> first = scorecard.get(t);
      List<List<String>> second = scorecard.get(t + 1);
      assertThat(second).hasSameSizeAs(first);
      assertThat(second.get(0).subList(0, 2)).containsExactly("*REF NO.", "INDICATOR");
      for (int r = 2; r < first.size(); r++) {
        int identifying = Math.min(2, first.get(r).size());
        assertThat(squeezed(second.get(r).subList(0, identifying)))
            .as("row %d of table %d", r, t).isEqualTo(squeezed(first.get(r).subList(0, identifying)));
      }
      assertThat(first.get(0)).contains("2022/23").doesNotContain("LATEST BENCHMARKING");
      assertThat(second.get(0)).contains("TARGET & TOLERANCES", "LATEST BENCHMARKING").doesNotContain("2022/23");
      assertThat(second.get(1)).contains("Red", "Amber", "Nat av.");
    }
  }

  /** Nothing is dropped: joined part to part, the A4 table's rows are the A3 table's, cell for cell. */
  @Test
  void theA4PartsTogetherPrintEveryCellOfTheA3Table() throws IOException {
    List<List<List<String>>> a3 = RenderedLines.pdfTables(onA3).stream().filter(Issue15PrintSizeTest::isScorecard)
        .toList();
    List<List<List<String>>> a4 = RenderedLines.joinedParts(RenderedLines.pdfTables(onA4)).stream()
        .filter(Issue15PrintSizeTest::isScorecard).toList();
    assertThat(a3).hasSize(2);
    assertThat(a4).hasSize(2);
    int cells = 0;
    for (int t = 0; t < a3.size(); t++) {
      assertThat(a4.get(t)).hasSameSizeAs(a3.get(t));
      for (int r = 0; r < a3.get(t).size(); r++) {
        assertThat(squeezed(a4.get(t).get(r))).as("table %d row %d", t, r).isEqualTo(squeezed(a3.get(t).get(r)));
        cells += a3.get(t).get(r).size();
      }
    }
    assertThat(cells).isGreaterThan(1500);
  }

  /**
   * The scorecard's last line, A.34, never has a page of each part to itself: it shares its pages with
   * the lines before it, and the education table starts under it where the page has room, else at the
   * top of the next page, under its own heading. (Which of the two depends on how tall the lines
   * above print: the youth justice lines' months beside their figures take a line more.)
   */
  @Test
  void theEducationTableFollowsTheScorecardsLastLineWithoutAPageToItself() throws IOException {
    String education = "Members Performance Summary: EDUCATION INDICATORS (ACADEMIC YEAR)";
    try (PDDocument pdf = Loader.loadPDF(onA4)) {
      int page = 1;
      while (!pageText(pdf, page).contains("A.34 (INC)")) {
        page++;
      }
      String first = pageText(pdf, page);
      String second = pageText(pdf, page + 1);
      assertThat(first).contains("ACTIVITY INDICATORS (continued)", "A.33 (INC)");
      assertThat(second).contains("A.34 (INC)", "A.33 (INC)");
      if (first.contains(education)) {
        assertThat(first).contains(education + " As at month end", "ED.1 (B)", "Term 1");
        assertThat(first.indexOf("A.34 (INC)")).isLessThan(first.indexOf(education));
        assertThat(second).contains(education + " (part 2 of 2) As at month end", "ED.1 (B)",
            "LATEST BENCHMARKING");
      } else {
        assertThat(pageText(pdf, page + 2)).contains(education + " As at month end", "ED.1 (B)", "Term 1");
        assertThat(pageText(pdf, page + 3)).contains(education + " (part 2 of 2) As at month end", "ED.1 (B)");
      }
    }
  }

  @Test
  void theA4PackGivesTheSameBytesTwice() throws IOException {
    Workspace workspace = GoldenPacks.bundledWorkspace();
    Pack again = new PackCalculation(workspace).pack(workspace.templates().get("members"), YearMonth.of(2023, 3),
        CREATED, PreviousIssue.NONE, Edition.RESTRICTED);
    assertThat(Format.PDF.render(again)).isEqualTo(onA4);
  }

  private static String pageText(PDDocument pdf, int page) throws IOException {
    PDFTextStripper stripper = new PDFTextStripper();
    stripper.setStartPage(page);
    stripper.setEndPage(page);
    return stripper.getText(pdf).replaceAll("\\s+", " ");
  }

  private static boolean isScorecard(List<List<String>> table) {
    return !table.isEmpty() && table.get(0).size() > 2 && table.get(0).get(0).equals("*REF NO.");
  }

  private static List<String> squeezed(List<String> cells) {
    return cells.stream().map(c -> c.replaceAll("\\s+", "")).toList();
  }

  private static float mostCommon(List<Float> sizes) {
    return sizes.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting())).entrySet()
        .stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
  }

  /** The size of every glyph on each scorecard page (a page headed by the REF NO. column), by page. */
  private static Map<Integer, List<Float>> scorecardGlyphSizes(byte[] file) throws IOException {
    Map<Integer, List<Float>> sizes = new TreeMap<>();
    Map<Integer, StringBuilder> texts = new TreeMap<>();
    try (PDDocument pdf = Loader.loadPDF(file)) {
      PDFTextStripper stripper = new PDFTextStripper() {
        @Override
        protected void writeString(String text, List<TextPosition> positions) {
          for (TextPosition p : positions) {
            if (!p.getUnicode().isBlank()) {
              sizes.computeIfAbsent(getCurrentPageNo(), k -> new ArrayList<>())
                  .add(Math.round(p.getXScale() * 100) / 100f);
              texts.computeIfAbsent(getCurrentPageNo(), k -> new StringBuilder()).append(p.getUnicode());
            }
          }
        }
      };
      stripper.getText(pdf);
    }
    sizes.keySet().removeIf(page -> !texts.get(page).toString().contains("*REFNO."));
    return sizes;
  }

  private static Template onPaper(Template t, Template.Paper paper) {
    return new Template(t.id(), t.file(), t.title(), t.scorecardTitle(), t.author(), t.details(), t.vision(),
        t.revisionNote(), t.dotKeyIntro(), t.columns(), t.monthColumns(), t.sections(), t.glossaryTerms(),
        t.keyFacts(), t.chartEveryLine(), t.headlineRag(), t.benchmarksAsOf(), t.cover(), t.publicEdition(), paper);
  }
}
