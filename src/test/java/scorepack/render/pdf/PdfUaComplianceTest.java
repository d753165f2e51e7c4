package scorepack.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.ValidationResult;
import scorepack.pack.Changes;
import scorepack.pack.Pack;
import scorepack.pack.PackCopies;
import scorepack.pack.PackFixtures;

/** veraPDF's machine checks of PDF/UA-1 and PDF/A-2a, on a pack long enough to run over pages. */
class PdfUaComplianceTest {
  private static final byte[] PDF = PdfFiles.render(PackFixtures.corporateParentingLike(30));

  @BeforeAll
  static void startVeraPdf() {
    VeraGreenfieldFoundryProvider.initialise();
  }

  @ParameterizedTest
  @EnumSource(value = PDFAFlavour.class, names = {"PDFUA_1", "PDFA_2_A"})
  void packIsCompliant(PDFAFlavour flavour) throws Exception {
    assertCompliant(PDF, flavour);
  }

  /** Key facts, contents links and bookmarks, a front page run on to a second, and the changes appendix. */
  @ParameterizedTest
  @EnumSource(value = PDFAFlavour.class, names = {"PDFUA_1", "PDFA_2_A"})
  void packWithEveryPartIsCompliant(PDFAFlavour flavour) throws Exception {
    Pack pack = PackCopies.withChanges(PdfFrontPageTest.longFrontMatter(), new Changes("November 2022", List.of(
        new Changes.Entry("1.4", "% of care plans reviewed", "Nov 2022", "86.2%", "88.9%", "samples/a.csv"))));
    byte[] pdf = PdfFiles.render(pack);
    assertCompliant(pdf, flavour);
  }

  /** The summary, commentary, process-control columns, and charts in the key facts and after the scorecard. */
  @ParameterizedTest
  @EnumSource(value = PDFAFlavour.class, names = {"PDFUA_1", "PDFA_2_A"})
  void packWithTheInsightPartsIsCompliant(PDFAFlavour flavour) throws Exception {
    for (Pack pack : List.of(InsightPacks.everything(6), PackCopies.withCharts(PackCopies.withSummary(
        PdfFiles.firstColumns(InsightPacks.everything(3), 12), InsightPacks.SUMMARY),
        InsightPacks.everything(1).charts()))) {
      byte[] pdf = PdfFiles.render(pack);
      assertCompliant(pdf, flavour);
    }
  }

  @ParameterizedTest
  @EnumSource(value = PDFAFlavour.class, names = {"PDFUA_1"})
  void narrowPackOnA4IsCompliant(PDFAFlavour flavour) throws Exception {
    byte[] pdf = PdfFiles.render(PdfFiles.firstColumns(PackFixtures.corporateParentingLike(3), 12));
    assertCompliant(pdf, flavour);
  }

  /** veraPDF finds no failed check of {@code flavour} in the PDF. */
  private static void assertCompliant(byte[] pdf, PDFAFlavour flavour) throws Exception {
    try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour);
        PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
      ValidationResult result = validator.validate(parser);
      assertThat(result.isCompliant()).as(() -> result.getFailedChecks().toString()).isTrue();
    }
  }
}
