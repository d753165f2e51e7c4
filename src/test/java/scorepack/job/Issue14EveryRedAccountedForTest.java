package scorepack.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import scorepack.pack.CommentSource;
import scorepack.pack.Field;
import scorepack.pack.Pack;
import scorepack.pack.Section;
import scorepack.workspace.Workspace;

/**
 * Issue 14, point 3: every line rated Red in a printed RAG column is in the exceptions, in
 * scorecard order, with "No commentary supplied" where there is none; the workbook's commentary
 * column and the CSV say the same.
 */
class Issue14EveryRedAccountedForTest {
  private static final Instant CREATED = Instant.parse("2023-04-04T00:00:00Z");
  private static final List<Map.Entry<String, YearMonth>> PACKS = List.of(
      Map.entry("members", YearMonth.of(2023, 3)), Map.entry("early-help", YearMonth.of(2022, 3)),
      Map.entry("early-help", YearMonth.of(2023, 3)), Map.entry("corporate-parenting", YearMonth.of(2022, 12)));
  private static final List<Pack> BUILT = new ArrayList<>();

  @BeforeAll
  static void build() {
    Workspace workspace = GoldenPacks.bundledWorkspace();
    PackCalculation calculation = new PackCalculation(workspace);
    for (Map.Entry<String, YearMonth> p : PACKS) {
      BUILT.add(calculation.pack(workspace.templates().get(p.getKey()), p.getValue(), CREATED));
    }
  }

  @Test
  void everyRedLineCarriesItsCommentaryOrSaysNoneWasSupplied() {
    for (Pack pack : BUILT) {
      List<Line> reds = reds(pack);
      assertThat(reds).as(pack.fileStem()).isNotEmpty();
      for (Line red : reds) {
        scorepack.pack.Cell comment = red.row().data().get(Field.COMMENTARY);
        assertThat(comment).as(pack.fileStem() + " " + red.heading()).isNotNull();
        if (CommentSource.of(comment) == CommentSource.NOT_SUPPLIED) {
          assertThat(comment.text()).isEqualTo("No commentary supplied");
          assertThat(comment.code()).isEqualTo("not_supplied");
        } else {
          assertThat(comment.text()).isNotBlank().isNotEqualTo("No commentary supplied");
        }
      }
    }
    // Early Help, March 2022: 2.1, 2.4 and 4.8 are Red and once had no exceptions part at all.
    assertThat(reds(BUILT.get(1))).map(Line::ref).contains("2.1", "2.4", "4.8");
    // Members, March 2023: every Red, not only the 8 lines with comments.
    assertThat(reds(BUILT.get(0))).hasSizeGreaterThan(8)
        .anyMatch(r -> CommentSource.of(r.row().data().get(Field.COMMENTARY)) == CommentSource.NOT_SUPPLIED);
  }

  @Test
  void theExceptionsPartListsEveryRedLineInScorecardOrder() throws IOException {
    for (Pack pack : BUILT) {
      String text;
      try (PDDocument pdf = Loader.loadPDF(Format.PDF.render(pack))) {
        text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
      }
      // The part's own heading, after the contents list names it.
      int at = text.indexOf("Exceptions and commentary As at month end");
      assertThat(at).as(pack.fileStem()).isPositive();
      String part = text.substring(at, text.indexOf("Glossary Term", at));
      int from = 0;
      for (Line red : reds(pack)) {
        int found = part.indexOf(red.heading(), from);
        assertThat(found).as(pack.fileStem() + ": " + red.heading()).isGreaterThanOrEqualTo(from);
        from = found + red.heading().length();
      }
    }
  }

  /**
   * Issue 19: a councillor reading the HTML on a phone finds each Red line and why in the same part,
   * under its heading, with its Red judgement beside its comment.
   */
  @Test
  void theHtmlExceptionsPartListsEveryRedLineWithItsRedJudgementAndItsComment() throws IOException {
    for (Pack pack : BUILT) {
      String html = new String(Format.HTML.render(pack), StandardCharsets.UTF_8);
      int at = html.indexOf("<h2 id=\"commentary\">Exceptions and commentary</h2>");
      assertThat(at).as(pack.fileStem()).isPositive();
      assertThat(html.indexOf("<a href=\"#commentary\">Exceptions and commentary</a>")).as("in the contents")
          .isPositive().isLessThan(at);
      int summary = html.indexOf("<h2 id=\"summary\">");
      assertThat(html.indexOf("<a href=\"#commentary\">", html.indexOf("<a href=\"#commentary\">") + 1))
          .as("and from the summary").isGreaterThan(summary).isLessThan(html.indexOf("</section>", summary));
      String part = html.substring(at, html.indexOf("</section>", at));
      int from = 0;
      for (Line red : reds(pack)) {
        String heading = "<h3>" + escaped(red.heading()) + "</h3>";
        int found = part.indexOf(heading, from);
        assertThat(found).as(pack.fileStem() + ": " + red.heading()).isGreaterThanOrEqualTo(from);
        int next = part.indexOf("<h3>", found + heading.length());
        String entry = part.substring(found, next < 0 ? part.length() : next);
        assertThat(entry).as(red.heading()).contains("<span class=\"t-rag-red\">Red</span>")
            .contains("<p>" + escaped(commentOf(red)) + "</p>");
        from = found + heading.length();
      }
    }
  }

  private static String escaped(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }

  /** The comment as the exceptions part prints it, without a carried-forward note. */
  private static String commentOf(Line red) {
    String text = red.row().data().get(Field.COMMENTARY).text();
    return text.startsWith("(Carried forward") ? text.substring(text.indexOf(") ") + 2) : text;
  }

  @Test
  void theCsvAndTheWorkbookCommentaryColumnSayTheSame() throws IOException {
    for (Pack pack : BUILT) {
      long unexplained = reds(pack).stream().filter(r -> CommentSource.of(r.row().data().get(Field.COMMENTARY))
          == CommentSource.NOT_SUPPLIED).count();
      String csv = new String(Format.CSV.render(pack), StandardCharsets.UTF_8);
      assertThat(csv.lines().filter(l -> l.contains(",commentary,") && l.endsWith(",not_supplied,"
          + "No commentary supplied,"))).as(pack.fileStem()).hasSize((int) unexplained);
      int inWorkbook = 0;
      try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(Format.XLSX.render(pack)))) {
        for (Sheet sheet : wb) {
          if (sheet.getSheetName().equals("Data")) {
            continue; // the long form, as the CSV
          }
          for (Row row : sheet) {
            for (Cell cell : row) {
              if (cell.toString().equals("No commentary supplied")) {
                inWorkbook++;
              }
            }
          }
        }
      }
      assertThat(inWorkbook).as(pack.fileStem()).isEqualTo((int) unexplained);
    }
  }

  /** A scorecard line, with the heading the exceptions part gives it. */
  private record Line(String ref, String heading, scorepack.pack.Row row) {}

  /** The lines any printed RAG column rates Red, in scorecard order. */
  private static List<Line> reds(Pack pack) {
    List<Line> reds = new ArrayList<>();
    for (Section section : pack.sections()) {
      String ref = "";
      List<scorepack.pack.Column> columns = pack.columnsOf(section);
      int title = -1;
      for (int c = 0; c < columns.size(); c++) {
        title = columns.get(c).field() == Field.INDICATOR ? c : title;
      }
      for (scorepack.pack.Row row : section.rows()) {
        ref = row.ref().isEmpty() ? ref : row.ref();
        boolean red = false;
        for (int c = 0; c < columns.size(); c++) {
          Field field = columns.get(c).field();
          red |= (field == Field.RAG_MONTH || field == Field.RAG_YEAR) && row.cells().get(c).text().equals("Red");
        }
        if (red) {
          reds.add(new Line(ref, (ref + " " + row.cells().get(title).text()).replaceAll("\\s+", " "), row));
        }
      }
    }
    return reds;
  }
}
