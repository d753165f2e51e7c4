package scorepack.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import scorepack.pack.Pack;
import scorepack.pack.PackFixtures;

class PdfProcessControlTest {
  private static final Pack PACK = InsightPacks.withProcessControl(
      InsightPacks.withCommentary(PdfFiles.withoutDataNotes(PackFixtures.corporateParentingLike(4))));
  private static final byte[] PDF = PdfFiles.render(PACK);

  @Test
  void variationAndAssuranceWrapAtSpacesNeverInsideAWord() throws IOException {
    try (PDDocument pdf = Loader.loadPDF(PDF)) {
      String page = PdfFiles.pageText(pdf, 2);
      assertThat(page).contains("Variation Assurance", "Amber Special cause improvement consistently missed",
          "Green Special cause concern hit and miss",
          "Red Special cause variation, neither improvement nor concern consistently missed");
    }
  }

  @Test
  void variationIsInTheToneColourOfTheDirectionAndAssuranceIsPlain() throws IOException {
    try (PDDocument pdf = Loader.loadPDF(PDF)) {
      List<TextPosition> glyphs = PdfFiles.glyphs(pdf, 2);
      StringBuilder text = new StringBuilder();
      glyphs.forEach(g -> text.append(g.getUnicode()));
      TextPosition improvement = glyphs.get(text.indexOf("improvement"));
      TextPosition concern = glyphs.get(text.indexOf("concern"));
      TextPosition missed = glyphs.get(text.indexOf("missed"));
      // Same size as the figures (not the arrows' larger size), bold for the coloured words.
      assertThat(improvement.getFontSizeInPt()).isEqualTo(missed.getFontSizeInPt());
      assertThat(improvement.getFont().getName()).contains("Bold");
      assertThat(concern.getFont().getName()).contains("Bold");
      assertThat(missed.getFont().getName()).doesNotContain("Bold");
    }
  }

  /** Process-control words, like the word under a DOT arrow, are printed, so no cell needs alternative text. */
  @Test
  void processControlWordsAreReadAsTheyAreWithoutAlternativeText() throws IOException {
    try (PDDocument pdf = Loader.loadPDF(PDF)) {
      List<String> described = new ArrayList<>();
      for (PDStructureElement td : PdfPackRendererTest.elements(pdf, "TD")) {
        if (td.getAlternateDescription() != null) {
          described.add(td.getAlternateDescription());
        }
      }
      assertThat(described).isEmpty();
    }
  }

  @Test
  void processControlDataTheRowCarriesBesideItsColumnsIsNotPrinted() throws IOException {
    try (PDDocument pdf = Loader.loadPDF(PDF)) {
      for (int p = 1; p <= pdf.getNumberOfPages(); p++) {
        assertThat(PdfFiles.pageText(pdf, p)).doesNotContain("91.0%");
      }
    }
  }

  @Test
  void columnWidthsGiveTheVariationMoreRoomThanAFigure() {
    List<scorepack.pack.Column> columns = PACK.columns();
    float[] widths = ColumnWidths.of(columns, 1000, new float[columns.size()]);
    int variation = 0;
    while (columns.get(variation).field() != scorepack.pack.Field.SPC_VARIATION) {
      variation++;
    }
    int month = 5;
    assertThat(widths[variation]).isGreaterThan(widths[variation + 1]).isGreaterThan(widths[month]);
  }
}
