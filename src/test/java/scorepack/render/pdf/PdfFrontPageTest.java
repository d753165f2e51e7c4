package scorepack.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import scorepack.pack.FrontMatter;
import scorepack.pack.Pack;
import scorepack.pack.PackFixtures;

class PdfFrontPageTest {
  /** A pack whose front matter cannot fit one page: forty document details and a long note. */
  static Pack longFrontMatter() {
    Pack pack = PackFixtures.corporateParentingLike(3);
    FrontMatter f = pack.front();
    List<FrontMatter.Detail> details = new ArrayList<>();
    for (int d = 1; d <= 40; d++) {
      details.add(new FrontMatter.Detail("Detail " + d, "Value of detail number " + d));
    }
    String note = "Figures may change when months are re-run. ".repeat(30) + "End of the note.";
    FrontMatter front = new FrontMatter(f.title(), f.asAtLine(), f.scorecardTitle(), details, f.vision(), note,
        f.dotKeyIntro(), f.dotKey(), f.ragKey());
    return new Pack(pack.id(), pack.period(), pack.metadata(), front, pack.columns(), pack.sections(),
        pack.glossary(), pack.dataNotes(), pack.changes(), PdfKeyFactsTest.TOPICS);
  }

  @Test
  void frontMatterTooLongForOnePageRunsOnToTheNextAboveTheFooter() throws IOException {
    Pack pack = longFrontMatter();
    PageGeometry geometry = PageGeometry.forColumns(pack.columns().size());
    try (PDDocument pdf = Loader.loadPDF(PdfFiles.render(pack))) {
      String second = PdfFiles.pageText(pdf, 2);
      assertThat(PdfFiles.pageText(pdf, 1) + second).contains("Value of detail number 40", "End of the note.",
          "Contents", "RAG key", "at or better than target");
      assertThat(second).doesNotContain("Key facts As at");
      assertThat(PdfFiles.pageText(pdf, 3)).startsWith("Key facts");
      float pageHeight = pdf.getPage(0).getMediaBox().getHeight();
      for (int p = 1; p <= 2; p++) {
        for (TextPosition glyph : PdfFiles.glyphs(pdf, p)) {
          float baseline = pageHeight - glyph.getYDirAdj();
          boolean footer = baseline <= geometry.footerBaseline() + 0.5f;
          assertThat(footer || baseline >= geometry.bottom()).as("page %d: %s at %s", p, glyph.getUnicode(), baseline)
              .isTrue();
        }
      }
    }
  }

  @Test
  void contentsCountTheFrontMattersOwnPages() throws IOException {
    try (PDDocument pdf = Loader.loadPDF(PdfFiles.render(longFrontMatter()))) {
      String front = PdfFiles.pageText(pdf, 1) + PdfFiles.pageText(pdf, 2);
      assertThat(front).contains("Key facts 3 ");
      assertThat(PdfFiles.pageText(pdf, 3)).startsWith("Key facts");
    }
  }

  @Test
  void shortFrontMatterStaysOnOnePage() throws IOException {
    try (PDDocument pdf = Loader.loadPDF(PdfFiles.render(PackFixtures.corporateParentingLike(3)))) {
      assertThat(PdfFiles.pageText(pdf, 1)).contains("Contents", "RAG key", "Glossary");
      assertThat(PdfFiles.pageText(pdf, 2)).startsWith(PackFixtures.corporateParentingLike(3).front()
          .scorecardTitle());
    }
  }
}
