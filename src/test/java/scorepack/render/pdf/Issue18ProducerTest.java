package scorepack.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import scorepack.pack.PackFixtures;

/** Issue 18, point 1: the PDF names the release that made it, the version pom.xml sets. */
class Issue18ProducerTest {
  @Test
  void theProducerInTheInfoAndTheXmpIsThisReleaseOfScorepack() throws IOException {
    String version = pomVersion();
    byte[] pdf = PdfFiles.render(PackFixtures.corporateParentingLike(2));
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      String producer = doc.getDocumentInformation().getProducer();
      assertThat(producer).startsWith("scorepack " + version + " (OpenPDF ");
      String xmp = new String(doc.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
      assertThat(xmp).contains("<pdf:Producer>" + producer + "</pdf:Producer>");
    }
  }

  /** The version as pom.xml sets it, read independently of the code under test. */
  static String pomVersion() throws IOException {
    String pom = Files.readString(Path.of("pom.xml"));
    Matcher m = Pattern.compile("<artifactId>scorepack</artifactId>\\s*<version>([^<]+)</version>").matcher(pom);
    assertThat(m.find()).as("pom.xml names the project's version").isTrue();
    return m.group(1);
  }
}
