package scorepack.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.junit.jupiter.api.Test;
import scorepack.pack.Chart;
import scorepack.pack.KeyFactTopic;
import scorepack.pack.Pack;
import scorepack.pack.PackCopies;
import scorepack.pack.PackFixtures;

class PdfChartsTest {
  private static final List<Chart> CHARTS = List.of(InsightPacks.chart("1.2 % of care plans reviewed"),
      InsightPacks.chart("1.3 % of visits in time"), InsightPacks.chart("2.2 % of care leavers in touch"));
  private static final Chart ADMISSIONS = InsightPacks.chart("No. of admissions of looked after children");
  private static final Pack PACK = PackCopies.withKeyFacts(PackCopies.withCharts(
      PackFixtures.corporateParentingLike(4), CHARTS), List.of(new KeyFactTopic("Looked After Children (LAC)",
          List.of("Why it matters."), List.of(PackFixtures.fact("551", "LAC as at period end", "")),
          List.of(ADMISSIONS))));
  private static final byte[] PDF = PdfFiles.render(PACK);

  @Test
  void chartsFollowTheScorecardTwoToARowEachUnderItsCaption() throws IOException {
    try (PDDocument pdf = Loader.loadPDF(PDF)) {
      int page = PdfFiles.pageHolding(pdf, ChartsPart.HEADING);
      // The scorecard's last rows, the charts (under them where there is room), then the glossary.
      String text = PdfFiles.pagesText(pdf, page - 1, pdf.getNumberOfPages());
      assertThat(text).containsSubsequence("CARE LEAVERS", ChartsPart.HEADING + " " + PACK.front().asAtLine(),
          CHARTS.get(0).title(), CHARTS.get(1).title(), CHARTS.get(2).title(), "Glossary");
    }
  }

  @Test
  void eachChartIsAFigureWhoseAlternativeTextIsItsDescriptionBesideItsCaption() throws IOException {
    try (PDDocument pdf = Loader.loadPDF(PDF)) {
      List<String> captions = new ArrayList<>();
      List<String> alts = new ArrayList<>();
      for (PDStructureElement div : PdfPackRendererTest.elements(pdf, "Div")) {
        PDStructureElement caption = (PDStructureElement) div.getKids().get(0);
        PDStructureElement figure = (PDStructureElement) div.getKids().get(1);
        assertThat(caption.getStructureType()).isEqualTo("Caption");
        assertThat(figure.getStructureType()).isEqualTo("Figure");
        captions.add(TaggedContent.textOf(pdf, caption).trim());
        alts.add(figure.getAlternateDescription());
      }
      // The key facts' chart comes first, then the pack's, in order.
      assertThat(captions).containsExactly(ADMISSIONS.title(), CHARTS.get(0).title(), CHARTS.get(1).title(),
          CHARTS.get(2).title());
      assertThat(alts).containsExactly(ADMISSIONS.description(), CHARTS.get(0).description(),
          CHARTS.get(1).description(), CHARTS.get(2).description());
    }
  }

  @Test
  void aKeyFactTopicDrawsItsChartsAfterItsCards() throws IOException {
    try (PDDocument pdf = Loader.loadPDF(PDF)) {
      String page = PdfFiles.pageText(pdf, 2);
      assertThat(page).startsWith("Key facts").containsSubsequence("Looked After Children (LAC)", "551 LAC as at",
          ADMISSIONS.title());
    }
  }

  @Test
  void chartsAreVectorDrawingsNotImagesAndTheirAxisTextIsNotPageText() throws IOException {
    try (PDDocument pdf = Loader.loadPDF(PDF)) {
      int page = PdfFiles.pageHolding(pdf, ChartsPart.HEADING);
      int forms = 0;
      // The charts' pages: the part may start under the scorecard and run on to the next page.
      for (int p = page; p <= pdf.getNumberOfPages(); p++) {
        PDPage chartsPage = pdf.getPage(p - 1);
        for (COSName name : chartsPage.getResources().getXObjectNames()) {
          PDXObject object = chartsPage.getResources().getXObject(name);
          assertThat(object).isNotInstanceOf(PDImageXObject.class);
          // A chart's drawing, not a sparkline's in the scorecard rows above it.
          if (object instanceof PDFormXObject form && form.getBBox().getWidth() > 100) {
            forms++;
          }
        }
      }
      assertThat(forms).isEqualTo(CHARTS.size());
      // Period names and level labels are drawn as shapes inside the Figure: the caption is the text.
      assertThat(PdfFiles.pageText(pdf, page)).doesNotContain("Dec 2022", "Stat neigh av. 90.2%");
    }
  }

  @Test
  void chartsAreInTheContentsAndTheOutline() throws IOException {
    try (PDDocument pdf = Loader.loadPDF(PDF)) {
      int page = PdfFiles.pageHolding(pdf, ChartsPart.HEADING);
      List<String> entries = new ArrayList<>();
      for (PDStructureElement item : PdfPackRendererTest.elements(pdf, "TOCI")) {
        entries.add(TaggedContent.textOf(pdf, item));
      }
      assertThat(entries).contains(ChartsPart.HEADING + " " + page);
      List<String> outline = new ArrayList<>();
      for (PDOutlineItem item : pdf.getDocumentCatalog().getDocumentOutline().children()) {
        outline.add(item.getTitle());
      }
      assertThat(outline).containsExactly("Key facts", PACK.front().scorecardTitle(), ChartsPart.HEADING,
          "Glossary", "Data notes");
    }
  }

  @Test
  void sameChartsGiveTheSameBytes() {
    assertThat(PdfFiles.render(PACK)).isEqualTo(PDF);
  }

  @Test
  void anA4PackFitsTwoRowsOfChartsOnAPage() throws IOException {
    List<Chart> four = List.of(CHARTS.get(0), CHARTS.get(1), CHARTS.get(2), ADMISSIONS);
    PageGeometry a4 = PageGeometry.forColumns(12);
    assertThat(a4.isA3()).isFalse();
    assertThat(ChartsPart.of(four, "As at", a4, new LineBreaker(PdfFonts.load())).pageCount()).isEqualTo(1);
  }
}
