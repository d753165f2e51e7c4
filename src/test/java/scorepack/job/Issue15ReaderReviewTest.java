package scorepack.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import scorepack.diagnostic.Diagnostics;
import scorepack.extract.ExtractCutoff;
import scorepack.pack.Chart;
import scorepack.pack.GlossaryEntry;
import scorepack.pack.KeyFactTopic;
import scorepack.pack.Pack;
import scorepack.pack.Row;
import scorepack.workspace.Workspace;
import scorepack.workspace.WorkspaceLoader;

/**
 * Issue 15, point 6: what a reader's review found on the bundled packs' pages, each checked on the
 * pack the reviewer read.
 */
class Issue15ReaderReviewTest {
  private static final Workspace WS = GoldenPacks.bundledWorkspace();

  private static Pack pack(String id, YearMonth period) {
    return new PackCalculation(WS).pack(WS.templates().get(id), period, Instant.EPOCH);
  }

  @Test
  void theGlossarysEetEntryDefinesEetNotNeet() {
    GlossaryEntry eet = pack("corporate-parenting", YearMonth.of(2022, 12)).glossary().stream()
        .filter(e -> e.term().endsWith("(EET)")).findFirst().orElseThrow();
    assertThat(eet.definition()).contains("who are in education, employment or training (EET)")
        .doesNotContain("training (NEET), as a");
  }

  @Test
  void aSplitRowsSparklineTextNamesItsBreakdown() {
    List<Row> split = pack("early-help", YearMonth.of(2022, 3)).sections().stream()
        .flatMap(s -> s.rows().stream()).filter(r -> !r.breakdown().isEmpty() && r.trend() != null).toList();
    assertThat(split).isNotEmpty();
    for (Row row : split) {
      assertThat(row.trend().description()).as(row.ref()).contains(": " + row.breakdown() + " ");
    }
  }

  /**
   * Corporate Parenting's scorecard ended with six rows on a page of their own (page 6), and its
   * glossary with four entries (page 10): the commentary starts under the scorecard's last rows,
   * the charts and the glossary under the commentary's tail, and the pack takes 9 pages, not 11.
   */
  @Test
  void aPartStartsUnderTheTailOfTheOneBeforeInsteadOfLeavingItAPageOfItsOwn() throws IOException {
    // As issued on 31 January 2023 (--as-of), the pack the reviewer read.
    Workspace issued = WorkspaceLoader.load(Path.of("."), Path.of("samples"),
        ExtractCutoff.of(Optional.of(LocalDate.of(2023, 1, 31)), Clock.systemDefaultZone()), new Diagnostics());
    Pack cp = new PackCalculation(issued).pack(issued.templates().get("corporate-parenting"), YearMonth.of(2022, 12),
        Instant.parse("2023-01-31T00:00:00Z"));
    try (PDDocument pdf = Loader.loadPDF(Format.PDF.render(cp))) {
      int commentary = firstPageWith(pdf, "Exceptions and commentary\n");
      assertThat(text(pdf, commentary)).contains("Looked After Children Performance Summary (continued)", "4.31");
      int charts = firstPageWith(pdf, "Charts\n");
      assertThat(charts).isEqualTo(commentary + 1);
      assertThat(text(pdf, charts)).contains("Exceptions and commentary (continued)", "Glossary\n");
      assertThat(pdf.getNumberOfPages()).isEqualTo(9);
    }
  }

  private static int firstPageWith(PDDocument pdf, String text) throws IOException {
    for (int p = 2; p <= pdf.getNumberOfPages(); p++) {
      if (text(pdf, p).contains(text)) {
        return p;
      }
    }
    throw new AssertionError("no page holds " + text);
  }

  private static String text(PDDocument pdf, int page) throws IOException {
    PDFTextStripper stripper = new PDFTextStripper();
    stripper.setStartPage(page);
    stripper.setEndPage(page);
    return stripper.getText(pdf);
  }

  @Test
  void theMonthlyAdmissionsChartHasNoAnnualTotalOffItsScale() {
    Pack cp = pack("corporate-parenting", YearMonth.of(2022, 12));
    List<Chart> admissions = cp.keyFacts().stream().map(KeyFactTopic::charts).flatMap(List::stream)
        .filter(c -> c.title().contains("admissions")).toList();
    assertThat(admissions).isNotEmpty();
    for (Chart chart : admissions) {
      assertThat(chart.levels()).extracting(Chart.Level::kind).doesNotContain(Chart.Kind.PREVIOUS_YEAR);
    }
  }
}
