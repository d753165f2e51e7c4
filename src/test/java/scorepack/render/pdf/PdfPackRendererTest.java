package scorepack.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import scorepack.pack.Cell;
import scorepack.pack.GlossaryEntry;
import scorepack.pack.Changes;
import scorepack.pack.Pack;
import scorepack.pack.PackCopies;
import scorepack.pack.PackFixtures;
import scorepack.pack.Row;
import scorepack.pack.Section;

class PdfPackRendererTest {
  private static final Pack PACK = PackFixtures.corporateParentingLike(4);
  private static final byte[] PDF = PdfFiles.render(PACK);

  @Test
  void textHasTheFrontPageEveryRowAndTheAppendices() throws IOException {
    String text = text(PDF);
    assertThat(text).contains(PACK.front().title(), PACK.front().asAtLine(), PACK.front().scorecardTitle(),
        "Issue 1", "performance@example.gov.uk", PACK.front().vision(), PACK.front().revisionNote());
    for (Section section : PACK.sections()) {
      assertThat(text).contains(section.title());
      for (Row row : section.rows()) {
        assertThat(text).contains(row.ref(), row.cells().get(1).text());
      }
    }
    for (GlossaryEntry entry : PACK.glossary()) {
      assertThat(text).contains(entry.term(), entry.definition());
    }
    assertThat(text).contains("No figure for Dec 2022 in the extracts", "Page 1 of");
  }

  @Test
  void changesSinceTheLastIssueHaveTheirOwnAppendix() throws IOException {
    Pack revised = PackCopies.withChanges(PACK, new Changes("November 2022, issued 5 December 2022", List.of(
        new Changes.Entry("1.4", "% of care plans reviewed", "Nov 2022", "86.2%", "88.9%",
            "samples/2023-01-04-cyps-monthly.csv"))));
    String text = text(PdfFiles.render(revised));
    assertThat(text).contains("Changes since the last issue", "November 2022, issued 5 December 2022",
        "Changed by", "86.2%", "samples/2023-01-04-cyps-monthly.csv");
    assertThat(text(PDF)).doesNotContain("Changes since the last issue");
  }

  @Test
  void everyCellIsPrintedAsThePackHasIt() throws IOException {
    String text = text(PDF);
    assertThat(text).contains("↑", "↓", "→", "Red", "Amber", "Green");
    assertThat(text).contains("87.2%", "88.9%", "97.3%", "92.2%", "<87%", "87%+", "95%+", "94.3%", "90.2%",
        "96.0%", "88.0%");
    for (Section section : PACK.sections()) {
      for (Row row : section.rows()) {
        for (Cell cell : row.cells()) {
          assertThat(text).contains(cell.text());
        }
      }
    }
  }

  @Test
  void theFooterCountsEveryPage() throws IOException {
    try (PDDocument pdf = Loader.loadPDF(PDF)) {
      int pages = pdf.getNumberOfPages();
      for (int p = 1; p <= pages; p++) {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(p);
        stripper.setEndPage(p);
        assertThat(stripper.getText(pdf)).contains("Page " + p + " of " + pages, PACK.metadata().title());
      }
    }
  }

  @Test
  void samePackGivesTheSameBytesWhateverTheLocaleAndTimeZone() {
    Locale locale = Locale.getDefault();
    TimeZone zone = TimeZone.getDefault();
    try {
      Locale.setDefault(Locale.GERMANY);
      TimeZone.setDefault(TimeZone.getTimeZone("America/New_York"));
      assertThat(PdfFiles.render(PACK)).isEqualTo(PDF);
    } finally {
      Locale.setDefault(locale);
      TimeZone.setDefault(zone);
    }
    assertThat(PdfFiles.render(PackFixtures.corporateParentingLike(4))).isEqualTo(PDF);
  }

  @Test
  void documentCarriesTitleLanguageDatesAndTagging() throws IOException {
    try (PDDocument pdf = Loader.loadPDF(PDF)) {
      var catalog = pdf.getDocumentCatalog();
      assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo(PACK.metadata().title());
      assertThat(pdf.getDocumentInformation().getCreationDate().toInstant()).isEqualTo(PACK.metadata().created());
      assertThat(catalog.getLanguage()).isEqualTo("en-GB");
      assertThat(catalog.getMarkInfo().isMarked()).isTrue();
      assertThat(catalog.getStructureTreeRoot()).isNotNull();
      assertThat(catalog.getViewerPreferences().displayDocTitle()).isTrue();
      assertThat(pdf.getVersion()).isEqualTo(1.7f);
      COSString fileId = (COSString) pdf.getDocument().getDocumentID().get(0);
      assertThat(HexFormat.of().formatHex(fileId.getBytes())).isEqualTo(PACK.metadata().documentId());
      String xmp = new String(catalog.getMetadata().toByteArray(), StandardCharsets.UTF_8);
      assertThat(xmp).contains("<pdfuaid:part>1</pdfuaid:part>", "<rdf:li>en-GB</rdf:li>",
          "<xmp:CreateDate>2023-01-31T00:00:00Z</xmp:CreateDate>", PACK.metadata().title());
    }
  }

  @Test
  void documentCarriesAuthorAndSubjectInInfoAndXmpAlike() throws IOException {
    try (PDDocument pdf = Loader.loadPDF(PDF)) {
      var info = pdf.getDocumentInformation();
      assertThat(info.getAuthor()).isEqualTo(PACK.metadata().author()).isEqualTo("Performance & Quality Team");
      assertThat(info.getSubject()).isEqualTo(PACK.metadata().subject());
      String xmp = new String(pdf.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
      assertThat(xmp).contains("<dc:creator><rdf:Seq><rdf:li>Performance &amp; Quality Team</rdf:li></rdf:Seq>",
          "<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">" + PACK.metadata().subject() + "</rdf:li>",
          "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">" + PACK.metadata().title() + "</rdf:li>");
    }
  }

  @Test
  void wideScorecardIsLandscapeA3AndANarrowOneLandscapeA4() throws IOException {
    assertThat(PACK.columns()).hasSizeGreaterThan(PageGeometry.A4_MAX_COLUMNS);
    assertPages(PDF, PDRectangle.A3);
    Pack narrow = PdfFiles.firstColumns(PACK, PageGeometry.A4_MAX_COLUMNS);
    assertPages(PdfFiles.render(narrow), PDRectangle.A4);
  }

  @Test
  void eachSparklineIsAFigureWithTheTrendAsItsAlternativeText() throws IOException {
    try (PDDocument pdf = Loader.loadPDF(PDF)) {
      List<PDStructureElement> figures = elements(pdf, "Figure");
      int rows = PACK.sections().stream().mapToInt(s -> s.rows().size()).sum();
      assertThat(figures).hasSize(rows);
      assertThat(figures).allSatisfy(f -> assertThat(f.getAlternateDescription())
          .isEqualTo("Rose from 81.0% in January to 92.0% in December 2022."));
      assertThat(figures).allSatisfy(f -> assertThat(((PDStructureElement) f.getParent()).getStructureType())
          .isEqualTo("TD"));
    }
  }

  @Test
  void columnHeadingsAreHeaderCellsScopedToTheirColumns() throws IOException {
    try (PDDocument pdf = Loader.loadPDF(PDF)) {
      List<PDStructureElement> headers = elements(pdf, "TH");
      List<PDStructureElement> columnHeaders = headers.stream().filter(th -> "Column".equals(scope(th))).toList();
      long groups = PACK.columns().stream().map(c -> c.group()).filter(g -> !g.isEmpty()).distinct().count();
      // Scorecard: one per column and one per group; glossary and data notes: their own headings.
      assertThat(columnHeaders).hasSize(PACK.columns().size() + (int) groups + 2 + 3);
      assertThat(headers.stream().filter(th -> "Row".equals(scope(th)))).isNotEmpty();
    }
  }

  @Test
  void longScorecardRepeatsItsHeaderAsAnArtifactAndTagsEveryRowOnce() throws IOException {
    Pack longPack = PdfFiles.withoutDataNotes(PackFixtures.corporateParentingLike(80));
    byte[] bytes = PdfFiles.render(longPack);
    try (PDDocument pdf = Loader.loadPDF(bytes)) {
      List<String> tagged = new ArrayList<>();
      int scorecardPages = 0;
      // The scorecard's pages: the glossary may start under its last rows.
      for (int p = 1; p < pdf.getNumberOfPages() && isScorecardPage(pdf, p, longPack); p++) {
        TaggedContent content = TaggedContent.of(pdf, p);
        tagged.addAll(content.tagged());
        if (p > 1) {
          assertThat(String.join(" ", content.artifacts())).as("page %d", p + 1)
              .contains("INDICATOR", "Oct-22", "2022/23", "(continued)");
          assertThat(content.tagged()).doesNotContain("INDICATOR");
        }
        scorecardPages++;
      }
      assertThat(scorecardPages).isGreaterThanOrEqualTo(4);
      assertThat(tagged).containsOnlyOnce("INDICATOR");
      for (Section section : longPack.sections()) {
        for (Row row : section.rows()) {
          assertThat(tagged.stream().filter(row.ref()::equals)).as(row.ref()).hasSize(1);
        }
      }
      long headerRows = elements(pdf, "TR").stream()
          .filter(tr -> tr.getKids().stream().allMatch(k -> k instanceof PDStructureElement e
              && "TH".equals(e.getStructureType()) && "Column".equals(scope(e))))
          .count();
      // Two scorecard header rows, and the glossary's one.
      assertThat(headerRows).isEqualTo(3);
    }
  }

  /** Whether the page, counted from 0, is one of the scorecard's. */
  private static boolean isScorecardPage(PDDocument pdf, int page, Pack pack) throws IOException {
    return PdfFiles.pageText(pdf, page + 1).startsWith(pack.front().scorecardTitle());
  }

  @Test
  void laterScorecardPagesRepeatTheSectionTheyContinueAsAnArtifact() throws IOException {
    Pack longPack = PdfFiles.withoutDataNotes(PackFixtures.corporateParentingLike(80));
    try (PDDocument pdf = Loader.loadPDF(PdfFiles.render(longPack))) {
      List<String> tagged = new ArrayList<>();
      List<String> continued = new ArrayList<>();
      for (int p = 1; p < pdf.getNumberOfPages() && isScorecardPage(pdf, p, longPack); p++) {
        TaggedContent content = TaggedContent.of(pdf, p);
        tagged.addAll(content.tagged());
        content.artifacts().stream().filter(a -> a.endsWith("S (continued)") || a.endsWith("N (continued)"))
            .forEach(continued::add);
      }
      assertThat(continued).contains("LOOKED AFTER CHILDREN (continued)", "CARE LEAVERS (continued)");
      assertThat(tagged).containsOnlyOnce("LOOKED AFTER CHILDREN").containsOnlyOnce("CARE LEAVERS");
      // Every row is still tagged once, under its header, with room for the repeated section row.
      for (Section section : longPack.sections()) {
        for (Row row : section.rows()) {
          assertThat(tagged.stream().filter(row.ref()::equals)).as(row.ref()).hasSize(1);
        }
      }
    }
  }

  @Test
  void packWithoutRowsGlossaryOrNotesHasAFrontPageAndAnEmptyScorecard() throws IOException {
    Pack empty = PdfFiles.firstColumns(PackFixtures.corporateParentingLike(0), 2);
    Pack bare = new Pack(empty.id(), empty.period(), empty.metadata(), empty.front(), empty.columns(),
        List.of(), List.of(), List.of());
    byte[] bytes = PdfFiles.render(bare);
    try (PDDocument pdf = Loader.loadPDF(bytes)) {
      assertThat(pdf.getNumberOfPages()).isEqualTo(2);
    }
    assertThat(text(bytes)).contains(PACK.front().scorecardTitle(), "INDICATOR", "Page 2 of 2")
        .doesNotContain("Glossary", "Data notes");
  }

  private static void assertPages(byte[] bytes, PDRectangle paper) throws IOException {
    try (PDDocument pdf = Loader.loadPDF(bytes)) {
      for (PDPage page : pdf.getPages()) {
        assertThat(page.getRotation()).isZero();
        assertThat(page.getMediaBox().getWidth()).isCloseTo(paper.getHeight(), offset(1f));
        assertThat(page.getMediaBox().getHeight()).isCloseTo(paper.getWidth(), offset(1f));
      }
    }
  }

  private static String text(byte[] bytes) throws IOException {
    try (PDDocument pdf = Loader.loadPDF(bytes)) {
      return new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
    }
  }

  static List<PDStructureElement> elements(PDDocument pdf, String type) {
    List<PDStructureElement> found = new ArrayList<>();
    collect(pdf.getDocumentCatalog().getStructureTreeRoot(), type, found);
    return found;
  }

  private static void collect(PDStructureNode node, String type, List<PDStructureElement> found) {
    for (Object kid : node.getKids()) {
      if (kid instanceof PDStructureElement element) {
        if (type.equals(element.getStructureType())) {
          found.add(element);
        }
        collect(element, type, found);
      }
    }
  }

  private static String scope(PDStructureElement cell) {
    var attributes = cell.getCOSObject().getCOSDictionary(COSName.A);
    return attributes == null ? null : attributes.getNameAsString("Scope");
  }
}
