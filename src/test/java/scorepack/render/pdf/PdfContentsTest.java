package scorepack.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PageMode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import scorepack.pack.Changes;
import scorepack.pack.Pack;
import scorepack.pack.PackCopies;
import scorepack.pack.PackFixtures;

class PdfContentsTest {
  private static final Pack PACK = PackCopies.withChanges(
      PackCopies.withKeyFacts(PackFixtures.corporateParentingLike(30), PdfKeyFactsTest.TOPICS), new Changes("November 2022, issued 5 December 2022", List.of(new Changes.Entry("1.4",
          "% of care plans reviewed", "Nov 2022", "86.2%", "88.9%", "samples/2023-01-04-cyps-monthly.csv"))));
  private static final byte[] PDF = PdfFiles.render(PACK);
  private static final String SCORECARD = PACK.front().scorecardTitle();
  /** Each landmark and the page, counted from 1, whose heading it is. */
  private static final Map<String, Integer> EXPECTED = expected();

  private static Map<String, Integer> expected() {
    Map<String, Integer> pages = new LinkedHashMap<>();
    try (PDDocument pdf = Loader.loadPDF(PDF)) {
      pages.put("Key facts", firstPageStartingWith(pdf, "Key facts"));
      pages.put(SCORECARD, firstPageStartingWith(pdf, SCORECARD));
      pages.put("LOOKED AFTER CHILDREN", pages.get(SCORECARD));
      pages.put("CARE LEAVERS", firstPageWithTagged(pdf, "CARE LEAVERS"));
      pages.put("Glossary", firstPageStartingWith(pdf, "Glossary"));
      pages.put("Data notes", firstPageStartingWith(pdf, "Data notes"));
      pages.put("Changes since the last issue", firstPageStartingWith(pdf, "Changes since the last issue"));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return pages;
  }

  @Test
  void frontPageListsEveryPartAndSectionWithThePageItStartsOn() throws IOException {
    assertThat(EXPECTED.get("CARE LEAVERS")).as("a section on a later scorecard page")
        .isGreaterThan(EXPECTED.get(SCORECARD));
    try (PDDocument pdf = Loader.loadPDF(PDF)) {
      List<String> entries = new ArrayList<>();
      for (PDStructureElement item : PdfPackRendererTest.elements(pdf, "TOCI")) {
        entries.add(TaggedContent.textOf(pdf, item));
      }
      List<String> expected = new ArrayList<>();
      EXPECTED.forEach((title, page) -> expected.add(title + " " + page));
      assertThat(entries).containsExactlyElementsOf(expected);
      assertThat(PdfFiles.pageText(pdf, 1)).contains("Contents Key facts " + EXPECTED.get("Key facts"));
    }
  }

  @Test
  void contentsAreATocWhoseItemsAreLinks() throws IOException {
    try (PDDocument pdf = Loader.loadPDF(PDF)) {
      assertThat(PdfPackRendererTest.elements(pdf, "TOC")).hasSize(1);
      List<PDStructureElement> items = PdfPackRendererTest.elements(pdf, "TOCI");
      assertThat(items).hasSize(EXPECTED.size());
      for (PDStructureElement item : items) {
        PDStructureElement reference = (PDStructureElement) item.getKids().get(0);
        assertThat(reference.getStructureType()).isEqualTo("Reference");
        assertThat(((PDStructureElement) reference.getKids().get(0)).getStructureType()).isEqualTo("Link");
      }
    }
  }

  @Test
  void eachEntryLinksToItsPageAndSaysWhereItLeads() throws IOException {
    try (PDDocument pdf = Loader.loadPDF(PDF)) {
      List<PDAnnotationLink> links = new ArrayList<>();
      for (PDAnnotation annotation : pdf.getPage(0).getAnnotations()) {
        links.add((PDAnnotationLink) annotation);
      }
      assertThat(links).hasSize(EXPECTED.size());
      int i = 0;
      for (Map.Entry<String, Integer> entry : EXPECTED.entrySet()) {
        PDAnnotationLink link = links.get(i++);
        assertThat(((PDPageDestination) link.getDestination()).retrievePageNumber() + 1).as(entry.getKey())
            .isEqualTo(entry.getValue());
        assertThat(link.getContents()).isEqualTo(entry.getKey() + ", page " + entry.getValue());
        assertThat(link.getStructParent()).isNotNegative();
      }
    }
  }

  @Test
  void pageNumbersAreRightAligned() throws IOException {
    try (PDDocument pdf = Loader.loadPDF(PDF)) {
      Map<Integer, List<TextPosition>> lines = new LinkedHashMap<>();
      for (TextPosition glyph : PdfFiles.glyphs(pdf, 1)) {
        lines.computeIfAbsent(Math.round(glyph.getYDirAdj()), y -> new ArrayList<>()).add(glyph);
      }
      List<Float> rightEdges = new ArrayList<>();
      for (List<TextPosition> line : lines.values()) {
        StringBuilder text = new StringBuilder();
        line.forEach(g -> text.append(g.getUnicode()));
        for (Map.Entry<String, Integer> entry : EXPECTED.entrySet()) {
          // The left column is drawn first, so an entry starts its line's text.
          String printed = entry.getKey() + " " + entry.getValue();
          if (text.toString().startsWith(printed)) {
            TextPosition last = line.get(printed.length() - 1);
            rightEdges.add(last.getXDirAdj() + last.getWidthDirAdj());
          }
        }
      }
      assertThat(rightEdges).hasSize(EXPECTED.size());
      assertThat(rightEdges).allSatisfy(x -> assertThat(x).isCloseTo(rightEdges.get(0), within(0.5f)));
    }
  }

  @Test
  void outlineHasThePartsWithTheScorecardSectionsUnderTheScorecardAndOpensShown() throws IOException {
    try (PDDocument pdf = Loader.loadPDF(PDF)) {
      assertThat(pdf.getDocumentCatalog().getPageMode()).isEqualTo(PageMode.USE_OUTLINES);
      Map<String, Integer> parts = new LinkedHashMap<>();
      Map<String, Integer> sections = new LinkedHashMap<>();
      for (PDOutlineItem part : pdf.getDocumentCatalog().getDocumentOutline().children()) {
        parts.put(part.getTitle(), pageOf(part));
        for (PDOutlineItem section : part.children()) {
          assertThat(part.getTitle()).isEqualTo(SCORECARD);
          sections.put(section.getTitle(), pageOf(section));
        }
      }
      assertThat(parts.keySet()).containsExactly("Key facts", SCORECARD, "Glossary", "Data notes",
          "Changes since the last issue");
      assertThat(sections.keySet()).containsExactly("LOOKED AFTER CHILDREN", "CARE LEAVERS");
      parts.forEach((title, page) -> assertThat(page).as(title).isEqualTo(EXPECTED.get(title)));
      sections.forEach((title, page) -> assertThat(page).as(title).isEqualTo(EXPECTED.get(title)));
    }
  }

  @Test
  void aSectionBookmarkOpensItsPageAtTheSectionRow() throws IOException {
    try (PDDocument pdf = Loader.loadPDF(PDF)) {
      PDOutlineItem scorecard = pdf.getDocumentCatalog().getDocumentOutline().children().iterator().next()
          .getNextSibling();
      PDOutlineItem careLeavers = scorecard.getLastChild();
      PDPageXYZDestination destination = (PDPageXYZDestination) careLeavers.getDestination();
      float height = pdf.getPage(0).getMediaBox().getHeight();
      List<TextPosition> glyphs = PdfFiles.glyphs(pdf, pageOf(careLeavers));
      StringBuilder text = new StringBuilder();
      glyphs.forEach(g -> text.append(g.getUnicode()));
      TextPosition title = glyphs.get(text.indexOf("CARE LEAVERS"));
      float baseline = height - title.getYDirAdj();
      assertThat(destination.getTop() - baseline).isBetween(1f, 15f);
    }
  }

  private static int pageOf(PDOutlineItem item) throws IOException {
    return ((PDPageDestination) item.getDestination()).retrievePageNumber() + 1;
  }

  /** The first page that holds the heading itself, at its top or under the part before it. */
  private static int firstPageStartingWith(PDDocument pdf, String heading) throws IOException {
    for (int p = 2; p <= pdf.getNumberOfPages(); p++) {
      if (TaggedContent.of(pdf, p - 1).tagged().contains(heading)) {
        return p;
      }
    }
    throw new AssertionError("no page holds the heading " + heading);
  }

  private static int firstPageWithTagged(PDDocument pdf, String text) throws IOException {
    for (int p = 2; p <= pdf.getNumberOfPages(); p++) {
      if (TaggedContent.of(pdf, p - 1).tagged().contains(text)) {
        return p;
      }
    }
    throw new AssertionError("no page has " + text + " tagged");
  }
}
