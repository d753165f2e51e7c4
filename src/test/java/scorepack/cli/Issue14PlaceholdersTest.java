package scorepack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipFile;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14, point 6: placeholders ("title illegible", an example.gov.uk address) were printed in
 * packs. {@code validate} warns of each, where it is written, and {@code --strict} refuses it.
 */
class Issue14PlaceholdersTest {
  @TempDir
  Path temp;

  private Path workspace() throws IOException {
    return MiniWorkspace.copyTo(temp.resolve("ws"));
  }

  /** The mini template with these lines added to its front matter. */
  private static void addToTemplate(Path ws, String lines) throws IOException {
    Path template = ws.resolve("templates/mini.yaml");
    String text = Files.readString(template, StandardCharsets.UTF_8);
    Files.writeString(template, text.replace("columns:", lines + "columns:"), StandardCharsets.UTF_8);
  }

  @Test
  void validateWarnsOfEachPlaceholderAtItsLineAndColumn() throws IOException {
    Path ws = workspace();
    // Lines 6-10 of the template: a detail, a folded paragraph, and the vision.
    addToTemplate(ws, """
          - { label: Contact, value: cyps-performance@example.gov.uk }
        revision_note: >-
          Figures may change when months are re-run,
          for example when a late entry arrives. TODO: check.
        vision: "Title illegible in the March report"
        """);
    CliRun run = CliRun.of("validate", "--workspace", ws.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err()).contains(
        "templates/mini.yaml:6:46: warning: details[1].value: '@example.' marks a placeholder",
        "templates/mini.yaml:9:42: warning: revision_note: 'TODO' marks a placeholder",
        "templates/mini.yaml:10:16: warning: vision: 'illegible' marks a placeholder");
    // "for example" is prose, not a placeholder; one warning for the address, not two.
    assertThat(run.err().lines().filter(l -> l.contains("marks a placeholder"))).hasSize(3);
  }

  @Test
  void strictValidateRefusesAPlaceholderWithItsLocation() throws IOException {
    Path ws = workspace();
    Files.writeString(ws.resolve("glossary.yaml"), Files.readString(ws.resolve("glossary.yaml"))
        .replaceFirst("definition: ", "definition: TBC. "), StandardCharsets.UTF_8);
    CliRun run = CliRun.of("validate", "--strict", "--workspace", ws.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).containsPattern("glossary\\.yaml:\\d+:\\d+: error: terms\\[0\\]\\.definition: 'TBC' marks a"
        + " placeholder.*\\(--strict\\)");
  }

  @Test
  void aPlaceholderWordMatchesOnlyAsAWholeWord() throws IOException {
    Path ws = workspace();
    addToTemplate(ws, "vision: \"TODOS and TBCs, a mastodon, a todo_list\"\n");
    CliRun run = CliRun.of("validate", "--strict", "--workspace", ws.toString());
    assertThat(run.err()).doesNotContain("placeholder");
    assertThat(run.exitCode()).as(run.err()).isZero();
  }

  @Test
  void theWorkspaceSetsItsOwnPlaceholdersAndTheirListIsNotItselfAPlaceholder() throws IOException {
    Path ws = workspace();
    Files.writeString(ws.resolve("scorepack.yaml"), """
        placeholders:
          text: [XXX, lorem ipsum]
          words: [TBA]
        """, StandardCharsets.UTF_8);
    addToTemplate(ws, "vision: \"Lorem ipsum, TODO, TBA\"\n");
    CliRun run = CliRun.of("validate", "--workspace", ws.toString());
    assertThat(run.err()).contains("templates/mini.yaml:6:10: warning: vision: 'Lorem ipsum' marks a placeholder",
        "templates/mini.yaml:6:29: warning: vision: 'TBA' marks a placeholder");
    // TODO is no longer looked for, and scorepack.yaml's own list is not reported.
    assertThat(run.err()).doesNotContain("'TODO'");
    assertThat(run.err().lines()).noneMatch(l -> l.startsWith("scorepack.yaml"));
  }

  @Test
  void aContactInTheSettingsIsCheckedToo() throws IOException {
    Path ws = workspace();
    Files.writeString(ws.resolve("scorepack.yaml"), "council: Anytown Council\ncontact: someone@example.org\n",
        StandardCharsets.UTF_8);
    CliRun run = CliRun.of("validate", "--workspace", ws.toString());
    assertThat(run.err()).contains("scorepack.yaml:2:17: warning: contact: '@example.' marks a placeholder");
  }

  @Test
  void validateNotesWhereATemplateOverridesTheWorkspacesContact() throws IOException {
    Path ws = workspace();
    Files.writeString(ws.resolve("scorepack.yaml"), "council: Anytown Council\ncontact: performance@anytown.gov.uk\n",
        StandardCharsets.UTF_8);
    addToTemplate(ws, "  - { label: Contact, value: children@anytown.gov.uk }\n");
    CliRun run = CliRun.of("validate", "--strict", "--workspace", ws.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err()).contains("templates/mini.yaml:6:5: note: details: the template's Contact"
        + " 'children@anytown.gov.uk' is printed instead of 'performance@anytown.gov.uk' from scorepack.yaml");
  }

  @Test
  void theCouncilAndContactComeFromTheSettingsAndSampleDataIsMarkedInEveryFormat() throws IOException {
    Path ws = workspace();
    Files.writeString(ws.resolve("scorepack.yaml"),
        "council: Anytown Council\ncontact: performance@anytown.gov.uk\nsample_data: true\n", StandardCharsets.UTF_8);
    CliRun run = CliRun.of("generate", "--workspace", ws.toString(), "--period", "2022-12", "--format", "pdf,xlsx,ods",
        "--quiet");
    assertThat(run.exitCode()).as(run.err()).isZero();
    Path out = ws.resolve("out");
    try (PDDocument pdf = Loader.loadPDF(out.resolve("mini-2022-12.pdf").toFile())) {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setEndPage(1);
      String front = stripper.getText(pdf).replaceAll("\\s+", " ");
      assertThat(front).contains("Sample data: every figure in this pack is invented. It is not a council's"
          + " publication.", "Status Issue 1 Date created 05/01/2023 Council Anytown Council Contact"
          + " performance@anytown.gov.uk");
      assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("Sample data: Mini Performance Report, December 2022");
      assertThat(pdf.getDocumentInformation().getSubject()).startsWith("Sample data: ");
      String xmp = new String(pdf.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
      assertThat(xmp).contains(">Sample data: Mini Performance Report, December 2022<");
    }
    try (XSSFWorkbook xlsx = new XSSFWorkbook(Files.newInputStream(out.resolve("mini-2022-12.xlsx")))) {
      assertThat(xlsx.getProperties().getCoreProperties().getTitle()).startsWith("Sample data: ");
      assertThat(xlsx.getProperties().getCoreProperties().getKeywords()).startsWith("Sample data, ");
      assertThat(xlsx.getSheet("Cover").getRow(2).getCell(0).getStringCellValue()).startsWith("Sample data: ");
    }
    try (ZipFile ods = new ZipFile(out.resolve("mini-2022-12.ods").toFile())) {
      String meta = new String(ods.getInputStream(ods.getEntry("meta.xml")).readAllBytes(), StandardCharsets.UTF_8);
      assertThat(meta).contains("<dc:title>Sample data: Mini Performance Report, December 2022</dc:title>",
          "<meta:keyword>Sample data, ");
    }
  }

  @Test
  void sampleDataIsYesOrNo() throws IOException {
    Path ws = workspace();
    Files.writeString(ws.resolve("scorepack.yaml"), "sample_data: maybe\n", StandardCharsets.UTF_8);
    CliRun run = CliRun.of("validate", "--workspace", ws.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("scorepack.yaml:1:14: error: sample_data: expected one of false, true, found"
        + " 'maybe'");
  }
}
