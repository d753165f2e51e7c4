package scorepack.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.junit.jupiter.api.Test;
import scorepack.pack.Pack;
import scorepack.pack.PackCopies;
import scorepack.pack.PackFixtures;
import scorepack.pack.Summary;
import scorepack.pack.Tone;

class PdfSummaryTest {
  private static final Pack PACK = PackCopies.withSummary(
      PackCopies.withKeyFacts(PackFixtures.corporateParentingLike(4), PdfKeyFactsTest.TOPICS), InsightPacks.SUMMARY);
  private static final byte[] PDF = PdfFiles.render(PACK);

  @Test
  void summaryFollowsTheFrontPageWithTheCountsAndTheSentences() throws IOException {
    try (PDDocument pdf = Loader.loadPDF(PDF)) {
      String page = PdfFiles.pageText(pdf, 2);
      assertThat(page).startsWith("Summary " + PACK.front().asAtLine());
      assertThat(page).contains("RAG (month) This month December 2022 Last month November 2022 A year ago December 2021",
          "Red 6 5 4", "Amber 7 6 3", "Green 2 4 8");
      for (String sentence : InsightPacks.SUMMARY.sentences()) {
        assertThat(page).contains(sentence);
      }
      assertThat(PdfFiles.pageText(pdf, 3)).startsWith("Key facts");
    }
  }

  @Test
  void countsAreATableWhoseRowsAreHeadedByTheRagWord() throws IOException {
    try (PDDocument pdf = Loader.loadPDF(PDF)) {
      PDStructureElement table = PdfPackRendererTest.elements(pdf, "Table").stream()
          .filter(t -> text(pdf, t).startsWith("RAG (month)")).findFirst().orElseThrow();
      List<List<String>> rows = new ArrayList<>();
      for (Object kid : table.getKids()) {
        PDStructureElement tr = (PDStructureElement) kid;
        assertThat(tr.getStructureType()).isEqualTo("TR");
        List<String> cells = new ArrayList<>();
        for (Object cell : tr.getKids()) {
          PDStructureElement element = (PDStructureElement) cell;
          cells.add(element.getStructureType() + ":" + scope(element) + ":" + text(pdf, element).trim());
        }
        rows.add(cells);
      }
      assertThat(rows).containsExactly(
          List.of("TH:Column:RAG (month)", "TH:Column:This month December 2022", "TH:Column:Last month November 2022",
              "TH:Column:A year ago December 2021"),
          List.of("TH:Row:Red", "TD:null:6", "TD:null:5", "TD:null:4"),
          List.of("TH:Row:Amber", "TD:null:7", "TD:null:6", "TD:null:3"),
          List.of("TH:Row:Green", "TD:null:2", "TD:null:4", "TD:null:8"));
    }
  }

  @Test
  void sentencesAreAListOfItemsEachABulletAndItsText() throws IOException {
    try (PDDocument pdf = Loader.loadPDF(PDF)) {
      PDStructureElement list = PdfPackRendererTest.elements(pdf, "L").stream()
          .filter(l -> text(pdf, l).contains("In December 2022")).findFirst().orElseThrow();
      List<String> bodies = new ArrayList<>();
      for (Object kid : list.getKids()) {
        PDStructureElement item = (PDStructureElement) kid;
        assertThat(item.getStructureType()).isEqualTo("LI");
        PDStructureElement label = (PDStructureElement) item.getKids().get(0);
        PDStructureElement body = (PDStructureElement) item.getKids().get(1);
        assertThat(label.getStructureType()).isEqualTo("Lbl");
        assertThat(text(pdf, label).trim()).isEqualTo("•");
        assertThat(body.getStructureType()).isEqualTo("LBody");
        bodies.add(text(pdf, body).trim());
      }
      assertThat(bodies).containsExactlyElementsOf(InsightPacks.SUMMARY.sentences());
    }
  }

  @Test
  void summaryIsInTheContentsAndTheOutlineBeforeTheKeyFacts() throws IOException {
    try (PDDocument pdf = Loader.loadPDF(PDF)) {
      List<String> entries = new ArrayList<>();
      for (PDStructureElement item : PdfPackRendererTest.elements(pdf, "TOCI")) {
        entries.add(TaggedContent.textOf(pdf, item));
      }
      assertThat(entries).startsWith("Summary 2", "Key facts 3");
      List<String> outline = new ArrayList<>();
      for (PDOutlineItem item : pdf.getDocumentCatalog().getDocumentOutline().children()) {
        outline.add(item.getTitle());
      }
      assertThat(outline).startsWith("Summary", "Key facts", PACK.front().scorecardTitle());
    }
  }

  @Test
  void packWithoutCountsHasNoSummary() throws IOException {
    Pack sentencesOnly = PackCopies.withSummary(PackFixtures.corporateParentingLike(2),
        new Summary("RAG (month)", List.of(), List.of("No measure in this pack has a target for December 2022.")));
    for (Pack pack : List.of(PackFixtures.corporateParentingLike(2), sentencesOnly)) {
      try (PDDocument pdf = Loader.loadPDF(PdfFiles.render(pack))) {
        assertThat(PdfFiles.pageText(pdf, 2)).startsWith(PACK.front().scorecardTitle());
        assertThat(PdfFiles.pageText(pdf, 1)).contains("Contents " + PACK.front().scorecardTitle() + " 2");
        assertThat(pdf.getDocumentCatalog().getDocumentOutline().getFirstChild().getTitle())
            .isEqualTo(PACK.front().scorecardTitle());
      }
    }
  }

  @Test
  void aLongSummaryRunsOnToASecondPage() throws IOException {
    List<String> sentences = new ArrayList<>();
    for (int i = 1; i <= 60; i++) {
      sentences.add("Finding number " + i + " says something about the measures that takes a line or so to say.");
    }
    Summary summary = new Summary("RAG (month)", List.of(new Summary.Count("Red", Tone.RAG_RED, 1, 2, 3)),
        sentences);
    byte[] bytes = PdfFiles.render(PackCopies.withSummary(PdfFiles.firstColumns(
        PackFixtures.corporateParentingLike(2), 12), summary));
    try (PDDocument pdf = Loader.loadPDF(bytes)) {
      int page = 3;
      while (PdfFiles.pageText(pdf, page).startsWith("Summary (continued)")) {
        page++;
      }
      assertThat(page).isGreaterThan(3);
      assertThat(PdfFiles.pageText(pdf, page - 1)).contains("Finding number 60 ");
      assertThat(PdfFiles.pageText(pdf, page)).startsWith(PACK.front().scorecardTitle());
    }
  }

  private static String text(PDDocument pdf, PDStructureElement element) {
    try {
      return TaggedContent.textOf(pdf, element);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static String scope(PDStructureElement cell) {
    var attributes = cell.getCOSObject().getCOSDictionary(COSName.A);
    return attributes == null ? null : attributes.getNameAsString("Scope");
  }
}
