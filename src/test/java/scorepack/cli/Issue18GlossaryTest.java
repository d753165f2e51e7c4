package scorepack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 18, point 6: glossary errors say where, and say when glossary.yaml is missing. */
class Issue18GlossaryTest {
  @TempDir
  Path temp;

  @Test
  void aTermTheGlossaryLacksIsReportedAtItsLineAndColumnInTheTemplate() throws IOException {
    Path ws = MiniWorkspace.copyTo(temp.resolve("ws"));
    Path template = ws.resolve("templates/mini.yaml");
    Files.writeString(template, Files.readString(template)
        .replace("glossary: [Year to date (YTD)]", "glossary: [Year to dat (YTD)]"));
    CliRun run = CliRun.of("validate", "--workspace", ws.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    // Line 12, "glossary: [" is 11 characters: the term starts in column 12.
    assertThat(run.err()).contains("templates/mini.yaml:12:12: error: glossary[0]: the term 'Year to dat (YTD)' is"
        + " not in glossary.yaml (did you mean 'Year to date (YTD)'?)");
  }

  @Test
  void aMissingGlossarySaysSoAndNamesTheTemplatesThatNeedIt() throws IOException {
    Path ws = MiniWorkspace.copyTo(temp.resolve("ws"));
    Files.delete(ws.resolve("glossary.yaml"));
    CliRun run = CliRun.of("validate", "--workspace", ws.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("glossary.yaml: error: the file is missing, and templates/mini.yaml list glossary"
        + " terms it should define", "templates/mini.yaml:12:12: error:");
  }
}
