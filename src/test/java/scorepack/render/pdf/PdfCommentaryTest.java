package scorepack.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.junit.jupiter.api.Test;
import scorepack.pack.Pack;
import scorepack.pack.PackFixtures;

class PdfCommentaryTest {
  private static final Pack PACK = InsightPacks.withCommentary(PackFixtures.corporateParentingLike(4));
  private static final byte[] PDF = PdfFiles.render(PACK);
  private static final String TITLE = "% of looked after children care plans reviewed within timescales";

  @Test
  void commentaryFollowsTheScorecardWithEachLinesFiguresAndComment() throws IOException {
    try (PDDocument pdf = Loader.loadPDF(PDF)) {
      int page = PdfFiles.pageHolding(pdf, CommentaryPart.HEADING);
      // The scorecard's last rows, then the commentary under them, then the glossary.
      String text = PdfFiles.pagesText(pdf, page - 1, pdf.getNumberOfPages());
      assertThat(text).containsSubsequence("CARE LEAVERS", CommentaryPart.HEADING + " " + PACK.front().asAtLine(),
          "1.1 " + TITLE, "RAG (month): Amber", "Dec-22: 97.3%", "Green (target): 95%+", InsightPacks.COMMENT,
          "2.1 " + TITLE, "(Carried forward from November 2022)", "Dental access remains difficult.", "Glossary");
    }
  }

  @Test
  void eachLineIsAHeadingThenParagraphs() throws IOException {
    try (PDDocument pdf = Loader.loadPDF(PDF)) {
      assertThat(texts(pdf, "H3")).containsExactly("1.1 " + TITLE, "2.1 " + TITLE);
      List<String> paragraphs = texts(pdf, "P");
      assertThat(paragraphs).containsSubsequence("RAG (month): Amber Dec-22: 97.3% Green (target): 95%+",
          InsightPacks.COMMENT, "RAG (month): Amber Dec-22: 97.3% Green (target): 95%+",
          "(Carried forward from November 2022)", "Dental access remains difficult.");
    }
  }

  @Test
  void theRagFillIsDecorationAndTheWordIsText() throws IOException {
    try (PDDocument pdf = Loader.loadPDF(PDF)) {
      int page = PdfFiles.pageHolding(pdf, CommentaryPart.HEADING);
      TaggedContent content = TaggedContent.of(pdf, page - 1);
      assertThat(content.tagged()).contains("RAG (month): ", "Amber ", "Dec-22: ", "97.3% ");
      assertThat(String.join(" ", content.artifacts())).doesNotContain("Amber", "Dental");
    }
  }

  @Test
  void commentaryIsInTheContentsAndTheOutline() throws IOException {
    try (PDDocument pdf = Loader.loadPDF(PDF)) {
      int page = PdfFiles.pageHolding(pdf, CommentaryPart.HEADING);
      List<String> entries = new ArrayList<>();
      for (PDStructureElement item : PdfPackRendererTest.elements(pdf, "TOCI")) {
        entries.add(TaggedContent.textOf(pdf, item));
      }
      // The commentary starts under the scorecard's last section, and the glossary under it.
      assertThat(entries).containsSubsequence("CARE LEAVERS " + page, CommentaryPart.HEADING + " " + page,
          "Glossary " + PdfFiles.pageHolding(pdf, "Glossary"));
      List<String> outline = new ArrayList<>();
      for (PDOutlineItem item : pdf.getDocumentCatalog().getDocumentOutline().children()) {
        outline.add(item.getTitle());
      }
      assertThat(outline).containsExactly(PACK.front().scorecardTitle(), CommentaryPart.HEADING, "Glossary",
          "Data notes");
    }
  }

  @Test
  void packWithoutCommentaryHasNoCommentaryPart() throws IOException {
    try (PDDocument pdf = Loader.loadPDF(PdfFiles.render(PackFixtures.corporateParentingLike(4)))) {
      assertThat(texts(pdf, "H2")).doesNotContain(CommentaryPart.HEADING);
    }
  }

  private static List<String> texts(PDDocument pdf, String type) throws IOException {
    List<String> texts = new ArrayList<>();
    for (PDStructureElement element : PdfPackRendererTest.elements(pdf, type)) {
      texts.add(TaggedContent.textOf(pdf, element).trim());
    }
    return texts;
  }
}
