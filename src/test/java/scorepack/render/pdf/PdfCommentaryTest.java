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
      int page = pageStartingWith(pdf, CommentaryPart.HEADING);
      assertThat(PdfFiles.pageText(pdf, page - 1)).contains("CARE LEAVERS");
      String text = PdfFiles.pageText(pdf, page);
      assertThat(text).startsWith(CommentaryPart.HEADING + " " + PACK.front().asAtLine());
      assertThat(text).containsSubsequence("1.1 " + TITLE, "RAG (month): Amber", "Dec-22: 97.3%",
          "Green (target): 95%+", InsightPacks.COMMENT, "2.1 " + TITLE, "(Carried forward from November 2022)",
          "Dental access remains difficult.");
      assertThat(PdfFiles.pageText(pdf, page + 1)).startsWith("Glossary");
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
      int page = pageStartingWith(pdf, CommentaryPart.HEADING);
      TaggedContent content = TaggedContent.of(pdf, page - 1);
      assertThat(content.tagged()).contains("RAG (month): ", "Amber ", "Dec-22: ", "97.3% ");
      assertThat(String.join(" ", content.artifacts())).doesNotContain("Amber", "Dental");
    }
  }

  @Test
  void commentaryIsInTheContentsAndTheOutline() throws IOException {
    try (PDDocument pdf = Loader.loadPDF(PDF)) {
      int page = pageStartingWith(pdf, CommentaryPart.HEADING);
      List<String> entries = new ArrayList<>();
      for (PDStructureElement item : PdfPackRendererTest.elements(pdf, "TOCI")) {
        entries.add(TaggedContent.textOf(pdf, item));
      }
      assertThat(entries).containsSubsequence("CARE LEAVERS " + (page - 1), CommentaryPart.HEADING + " " + page,
          "Glossary " + (page + 1));
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

  private static int pageStartingWith(PDDocument pdf, String heading) throws IOException {
    for (int p = 2; p <= pdf.getNumberOfPages(); p++) {
      if (PdfFiles.pageText(pdf, p).startsWith(heading + " ")) {
        return p;
      }
    }
    throw new AssertionError("no page starts with " + heading);
  }
}
