package scorepack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Doubtful but usable input: a warning, a pack all the same, and an error under --strict. */
class WarningsTest {
  @TempDir
  Path temp;

  /**
   * The mini workspace without December's reviews, and with a February extract that re-runs
   * November's 48/54 as 30/54 and gives January.
   */
  private Path workspaceWithALargeRevisionAndAGap() throws IOException {
    Path ws = MiniWorkspace.copyTo(temp.resolve("ws"));
    Path january = ws.resolve("samples/2023-01-05-extract.csv");
    Files.writeString(january, Files.readString(january).replaceAll("reviews-in-time,2022-12,.*\\n", ""));
    Files.writeString(ws.resolve("samples/2023-02-03-extract.csv"), """
        indicator,period,breakdown,value,numerator,denominator
        reviews-in-time,2022-11,,,30,54
        reviews-in-time,2023-01,,,40,41
        children-looked-after,2023-01,,,549,
        """, StandardCharsets.UTF_8);
    return ws;
  }

  @Test
  void validateWarnsOfALargeRevisionAndAGapButPasses() throws IOException {
    Path ws = workspaceWithALargeRevisionAndAGap();
    CliRun run = CliRun.of("validate", "--workspace", ws.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    // 48/54 → 30/54 is a 37.5% fall, above the default 10%; December's reviews were never extracted.
    assertThat(run.err()).contains(
        "samples/2023-02-03-extract.csv:2: warning: reviews-in-time: the re-run moved Nov 2022 by 38% (from 48/54 in"
            + " samples/2023-01-05-extract.csv to 30/54), more than revision_warning_percent (10%)",
        "templates/mini.yaml:11:9: warning: row 1.2: the extracts have a gap for 'reviews-in-time': no figure for"
            + " Dec 2022");
    assertThat(run.out()).contains("2 warning(s)");
  }

  @Test
  void theRevisionLimitIsAWorkspaceSetting() throws IOException {
    Path ws = workspaceWithALargeRevisionAndAGap();
    Files.writeString(ws.resolve("scorepack.yaml"), "revision_warning_percent: 50\n", StandardCharsets.UTF_8);
    CliRun run = CliRun.of("validate", "--workspace", ws.toString());
    assertThat(run.err()).doesNotContain("re-run moved").contains("gap");
  }

  @Test
  void generateWarnsOfALineWithoutAFigureForTheMonthAndStillWritesThePack() throws IOException {
    Path ws = workspaceWithALargeRevisionAndAGap();
    CliRun run = CliRun.of("generate", "--workspace", ws.toString(), "--period", "2022-12", "--format", "csv");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err()).contains("templates/mini.yaml:11:9: warning: row 1.2: no figure for 'reviews-in-time' in"
        + " Dec 2022; the pack prints '-'");
    assertThat(ws.resolve("out/mini-2022-12.csv")).exists();
  }

  @Test
  void issue18QuietGeneratePrintsOnlyTheWarningsThatNeedAPersonAndStillSucceeds() throws IOException {
    Path ws = workspaceWithALargeRevisionAndAGap();
    CliRun run = CliRun.of("generate", "--workspace", ws.toString(), "--format", "csv", "--quiet");
    assertThat(run.exitCode()).isZero();
    // The large revision needs someone to check the re-run; the gap only describes the data.
    assertThat(run.err().lines()).containsExactly("samples/2023-02-03-extract.csv:2: warning: reviews-in-time: the"
        + " re-run moved Nov 2022 by 38% (from 48/54 in samples/2023-01-05-extract.csv to 30/54), more than"
        + " revision_warning_percent (10%)");
    assertThat(run.out()).isEmpty();
    assertThat(ws.resolve("out/mini-2023-01.csv")).exists();
  }

  @Test
  void issue18QuietGeneratePrintsNothingWhenOnlyTheDataHasGaps() throws IOException {
    Path ws = workspaceWithALargeRevisionAndAGap();
    Files.writeString(ws.resolve("scorepack.yaml"), "revision_warning_percent: 50\n", StandardCharsets.UTF_8);
    CliRun loud = CliRun.of("generate", "--workspace", ws.toString(), "--format", "csv");
    assertThat(loud.err()).contains("gap");
    CliRun quiet = CliRun.of("generate", "--workspace", ws.toString(), "--format", "csv", "--quiet");
    assertThat(quiet.exitCode()).isZero();
    assertThat(quiet.err()).isEmpty();
    assertThat(quiet.out()).isEmpty();
  }

  @Test
  void issue18WarningsEndWithTheirTotalsByKind() throws IOException {
    Path ws = workspaceWithALargeRevisionAndAGap();
    CliRun run = CliRun.of("generate", "--workspace", ws.toString(), "--format", "csv", "--period", "2022-12");
    // December: no figure for the month (the gap is December itself), and November's re-run.
    assertThat(run.out()).contains("scorepack: 1 file(s) written to " + ws.resolve("out") + ", 2 warning(s): 1 large"
        + " revision, 1 line with no figure for the month");
  }

  @Test
  void issue18QuietStrictStillMakesEveryWarningAnError() throws IOException {
    Path ws = workspaceWithALargeRevisionAndAGap();
    Files.writeString(ws.resolve("scorepack.yaml"), "revision_warning_percent: 50\n", StandardCharsets.UTF_8);
    CliRun run = CliRun.of("generate", "--workspace", ws.toString(), "--format", "csv", "--quiet", "--strict");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("error: row 1.2: the extracts have a gap", "(--strict)", "nothing was written");
    assertThat(ws.resolve("out")).doesNotExist();
  }

  @Test
  void strictGenerateTurnsWarningsIntoErrorsAndWritesNothing() throws IOException {
    Path ws = workspaceWithALargeRevisionAndAGap();
    CliRun run = CliRun.of("generate", "--workspace", ws.toString(), "--format", "csv", "--strict");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("error: reviews-in-time: the re-run moved Nov 2022 by 38%", "(--strict)",
        "nothing was written");
    assertThat(ws.resolve("out")).doesNotExist();
  }

  @Test
  void strictValidateFailsOnWarnings() throws IOException {
    CliRun run = CliRun.of("validate", "--strict", "--workspace", workspaceWithALargeRevisionAndAGap().toString());
    assertThat(run.exitCode()).isEqualTo(2);
  }
}
