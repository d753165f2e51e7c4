package scorepack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --format docx writes each pack's covering report beside it, and only when asked for. */
class Issue20CoverCliTest {
  @TempDir
  Path temp;

  @Test
  void docxWritesTheCoverBesideThePack() throws IOException {
    Path ws = MiniWorkspace.copyTo(temp.resolve("ws"));
    writeCoverTemplate(ws);
    CliRun run = CliRun.of("generate", "--workspace", ws.toString(), "--format", "csv,docx");
    assertThat(run.exitCode()).as(run.err()).isZero();
    try (var files = Files.list(ws.resolve("out"))) {
      assertThat(files.map(p -> p.getFileName().toString()).sorted())
          .containsExactly("mini-2022-12-cover.docx", "mini-2022-12.csv", "scorepack-run.json");
    }
  }

  @Test
  void aPackWithoutACoverTemplateIsBadInputForDocx() throws IOException {
    Path ws = MiniWorkspace.copyTo(temp.resolve("ws"));
    CliRun run = CliRun.of("generate", "--workspace", ws.toString(), "--format", "pdf,docx");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--format: error: docx asks for the covering report of the pack 'mini', which has"
        + " no cover template; expected templates/covers/mini.yaml");
    assertThat(ws.resolve("out")).doesNotExist();
  }

  @Test
  void validateWithDocxChecksForTheCoverTemplateAsGenerateWould() throws IOException {
    // Issue 18: validate takes generate's --format, so a docx run's missing cover is found before the month end.
    Path ws = MiniWorkspace.copyTo(temp.resolve("ws"));
    assertThat(CliRun.of("validate", "--workspace", ws.toString()).exitCode()).isZero();
    CliRun docx = CliRun.of("validate", "--workspace", ws.toString(), "--format", "pdf,docx");
    assertThat(docx.exitCode()).isEqualTo(2);
    assertThat(docx.err()).contains("--format: error: docx asks for the covering report of the pack 'mini', which"
        + " has no cover template; expected templates/covers/mini.yaml");
    writeCoverTemplate(ws);
    CliRun valid = CliRun.of("validate", "--workspace", ws.toString(), "--format", "docx");
    assertThat(valid.exitCode()).as(valid.err()).isZero();
    assertThat(ws.resolve("out")).doesNotExist();
  }

  @Test
  void theDefaultFormatsLeaveTheCoverOut() throws IOException {
    Path ws = MiniWorkspace.copyTo(temp.resolve("ws"));
    CliRun run = CliRun.of("generate", "--workspace", ws.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    try (var files = Files.list(ws.resolve("out"))) {
      assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".docx")).hasSize(5); // and the run record
    }
  }

  /** A cover template for the mini pack, the least a covering report needs. */
  private static void writeCoverTemplate(Path ws) throws IOException {
    Files.createDirectories(ws.resolve("templates/covers"));
    Files.writeString(ws.resolve("templates/covers/mini.yaml"), """
        committee: Corporate Parenting Panel
        title: "Mini report, {period_label}"
        services:
          - { title: Children, sections: [CHILDREN] }
        """);
  }
}
