package scorepack.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static scorepack.pack.PackFixtures.fact;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.junit.jupiter.api.Test;
import scorepack.pack.KeyFactTopic;
import scorepack.pack.KeyFactTopic.Fact;
import scorepack.pack.Pack;
import scorepack.pack.PackCopies;
import scorepack.pack.PackFixtures;

class PdfKeyFactsTest {
  static final List<KeyFactTopic> TOPICS = List.of(
      new KeyFactTopic("Looked After Children (LAC)",
          List.of("Children in care are children who have become the responsibility of the local authority."),
          List.of(fact("551", "LAC as at period end", ""), fact("147", "Admissions (ytd)", ""),
              fact("96.4%", "of LAC visits are up-to-date & complete (NMS)",
                  "(National minimum standard is within 1wk of placement.)"))),
      new KeyFactTopic("Placements",
          List.of("A LAC placement is where a child is placed with foster carers.", "A second paragraph."),
          List.of(fact("66.1%", "of long term LAC in a stable placement for 2 years+", ""))));
  private static final Pack PACK = PackCopies.withKeyFacts(PackFixtures.corporateParentingLike(4), TOPICS);
  private static final byte[] PDF = PdfFiles.render(PACK);

  @Test
  void keyFactsFollowTheFrontPageAndComeBeforeTheScorecard() throws IOException {
    try (PDDocument pdf = Loader.loadPDF(PDF)) {
      String page = PdfFiles.pageText(pdf, 2);
      assertThat(page).startsWith("Key facts " + PACK.front().asAtLine());
      assertThat(page).contains("Looked After Children (LAC)", "Children in care are children who have become",
          "Placements", "A second paragraph.", "551 LAC as at period end", "147 Admissions (ytd)");
      assertThat(page).doesNotContain(PACK.front().scorecardTitle());
      assertThat(PdfFiles.pageText(pdf, 3)).startsWith(PACK.front().scorecardTitle());
    }
  }

  @Test
  void eachFactIsAListItemReadFigureThenWordsThenNote() throws IOException {
    try (PDDocument pdf = Loader.loadPDF(PDF)) {
      List<String> items = new ArrayList<>();
      for (PDStructureElement item : PdfPackRendererTest.elements(pdf, "LI")) {
        items.add(TaggedContent.textOf(pdf, item).trim());
      }
      assertThat(items).containsSubsequence("551 LAC as at period end", "147 Admissions (ytd)",
          "96.4% of LAC visits are up-to-date & complete (NMS) (National minimum standard is within 1wk of placement.)",
          "66.1% of long term LAC in a stable placement for 2 years+");
      List<PDStructureElement> lists = PdfPackRendererTest.elements(pdf, "L").stream()
          .filter(l -> textOf(pdf, l).contains("LAC")).toList();
      assertThat(lists).as("a list per topic").hasSize(2);
      assertThat(lists).allSatisfy(l -> assertThat(l.getKids()).allSatisfy(
          item -> assertThat(((PDStructureElement) item).getStructureType()).isEqualTo("LI")));
    }
  }

  @Test
  void topicsAreHeadingsUnderTheKeyFactsHeadingAndTheirTextIsParagraphs() throws IOException {
    try (PDDocument pdf = Loader.loadPDF(PDF)) {
      assertThat(texts(pdf, "H2")).contains("Key facts");
      assertThat(texts(pdf, "H3")).containsExactly("Looked After Children (LAC)", "Placements");
      assertThat(texts(pdf, "P")).contains(PACK.front().asAtLine(),
          "Children in care are children who have become the responsibility of the local authority.",
          "A LAC placement is where a child is placed with foster carers.", "A second paragraph.");
    }
  }

  @Test
  void cardsAreDecorationAndTheirTextIsTagged() throws IOException {
    try (PDDocument pdf = Loader.loadPDF(PDF)) {
      TaggedContent page = TaggedContent.of(pdf, 1);
      assertThat(String.join(" ", page.artifacts())).doesNotContain("551", "Admissions");
      assertThat(page.tagged()).contains("551 ", "Admissions (ytd) ");
    }
  }

  @Test
  void manyTopicsRunOnToLaterPagesAndATopicHeadingNeverEndsAPage() throws IOException {
    List<KeyFactTopic> topics = new ArrayList<>();
    for (int t = 1; t <= 14; t++) {
      List<Fact> facts = new ArrayList<>();
      for (int f = 1; f <= 7; f++) {
        facts.add(fact(t + "." + f + "%", "of something counted in topic " + t, f == 2 ? "a note" : ""));
      }
      topics.add(new KeyFactTopic("Topic number " + t, List.of("Why topic " + t + " matters."), facts));
    }
    byte[] bytes = PdfFiles.render(PackCopies.withKeyFacts(PackFixtures.corporateParentingLike(2), topics));
    try (PDDocument pdf = Loader.loadPDF(bytes)) {
      int keyFactPages = 0;
      for (int p = 2; PdfFiles.pageText(pdf, p).startsWith("Key facts"); p++) {
        keyFactPages++;
        if (p > 2) {
          assertThat(TaggedContent.of(pdf, p - 1).artifacts()).anyMatch(a -> a.startsWith("Key facts (continued)"));
        }
      }
      assertThat(keyFactPages).isGreaterThan(1);
      for (int t = 1; t <= 14; t++) {
        assertThat(pageOf(pdf, "Topic number " + t + " ")).as("topic %d", t).isEqualTo(pageOf(pdf, t + ".1% "));
      }
    }
  }

  @Test
  void packWithoutKeyFactsHasNoKeyFactsPart() throws IOException {
    try (PDDocument pdf = Loader.loadPDF(PdfFiles.render(PackFixtures.corporateParentingLike(4)))) {
      assertThat(PdfFiles.pageText(pdf, 2)).startsWith(PACK.front().scorecardTitle());
      assertThat(texts(pdf, "H2")).doesNotContain("Key facts");
    }
  }

  private static List<String> texts(PDDocument pdf, String type) throws IOException {
    List<String> texts = new ArrayList<>();
    for (PDStructureElement element : PdfPackRendererTest.elements(pdf, type)) {
      texts.add(textOf(pdf, element).trim());
    }
    return texts;
  }

  private static String textOf(PDDocument pdf, PDStructureElement element) {
    try {
      return TaggedContent.textOf(pdf, element);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The page (counted from 1) whose text first contains {@code text}. */
  private static int pageOf(PDDocument pdf, String text) throws IOException {
    for (int p = 1; p <= pdf.getNumberOfPages(); p++) {
      if ((PdfFiles.pageText(pdf, p) + " ").contains(text)) {
        return p;
      }
    }
    throw new AssertionError("no page has " + text);
  }
}
