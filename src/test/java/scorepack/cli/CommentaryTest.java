package scorepack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Commentary by month: printed with its line, carried forward when missing, and asked for on Red lines. */
class CommentaryTest {
  @TempDir
  Path temp;

  /** The mini workspace with December's reviews re-run as 27 / 37 = 73.0%: Red against <87%. */
  private Path workspaceWithARedLine() throws IOException {
    Path ws = MiniWorkspace.copyTo(temp.resolve("ws"));
    Files.writeString(ws.resolve("samples/2023-01-20-extract.csv"),
        "indicator,period,breakdown,value,numerator,denominator\nreviews-in-time,2022-12,,,27,37\n");
    Files.createDirectories(ws.resolve("commentary"));
    return ws;
  }

  @Test
  void aRedLineWithoutCommentaryIsAWarningAndStrictMakesItAnError() throws IOException {
    Path ws = workspaceWithARedLine();
    CliRun run = CliRun.of("validate", "--workspace", ws.toString());
    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).contains("templates/mini.yaml:11:9: warning: row 1.2: reviews-in-time is red in December"
        + " 2022 with no commentary; expected a comment in commentary/2022-12.yaml");
    CliRun strict = CliRun.of("generate", "--workspace", ws.toString(), "--strict", "--format", "csv");
    assertThat(strict.exitCode()).isEqualTo(2);
    assertThat(ws.resolve("out")).doesNotExist();
  }

  @Test
  void theMonthsCommentIsPrintedWithItsLineInTheCsv() throws IOException {
    Path ws = workspaceWithARedLine();
    Files.writeString(ws.resolve("commentary/2022-12.yaml"),
        "commentary:\n  - { indicator: reviews-in-time, text: \"Two reviewing officers were on leave.\" }\n");
    CliRun run = CliRun.of("generate", "--workspace", ws.toString(), "--format", "csv");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err()).doesNotContain("commentary");
    assertThat(Files.readAllLines(ws.resolve("out/mini-2022-12.csv")))
        .contains("mini,CHILDREN,1.2,reviews-in-time,,commentary,2022-12,,Two reviewing officers were on leave.,");
  }

  @Test
  void lastMonthsCommentIsCarriedForwardMarkedAndStillAskedFor() throws IOException {
    Path ws = workspaceWithARedLine();
    Files.writeString(ws.resolve("commentary/2022-11.yaml"),
        "commentary:\n  - { indicator: reviews-in-time, text: \"Reviews are being rebooked.\" }\n");
    CliRun run = CliRun.of("generate", "--workspace", ws.toString(), "--format", "csv");
    assertThat(run.err()).contains("reviews-in-time is red in December 2022 and only last month's commentary is"
        + " carried forward");
    assertThat(Files.readAllLines(ws.resolve("out/mini-2022-12.csv"))).contains("mini,CHILDREN,1.2,reviews-in-time,,"
        + "commentary,2022-12,carried_forward,(Carried forward from November 2022) Reviews are being rebooked.,");
  }

  @Test
  void amberLinesNeedCommentaryWhenTheWorkspaceSaysSo() throws IOException {
    Path ws = MiniWorkspace.copyTo(temp.resolve("ws"));
    // November's 48 / 54 = 88.9% is Amber; the pack for November asks for its comment.
    Files.writeString(ws.resolve("scorepack.yaml"), "commentary_required_for: [red, amber]\n");
    CliRun run = CliRun.of("generate", "--workspace", ws.toString(), "--period", "2022-11", "--format", "csv");
    assertThat(run.err()).contains("reviews-in-time is amber in November 2022 with no commentary");
  }

  @Test
  void issue14ALineRedOnlyAtYearEndStillNeedsItsCommentary() throws IOException {
    Path ws = MiniWorkspace.copyTo(temp.resolve("ws"));
    Path template = ws.resolve("templates/mini.yaml");
    Files.writeString(template, Files.readString(template).replace("rag_month,", "rag_month, rag_year,"));
    // April to August at 20 / 50 each: the year to date to December is 268 / 441 = 60.8%, Red against <87%,
    // while December's own 36 / 37 = 97.3% is Green.
    StringBuilder early = new StringBuilder("indicator,period,breakdown,value,numerator,denominator\n");
    for (int month = 4; month <= 8; month++) {
      early.append("reviews-in-time,2022-0").append(month).append(",,,20,50\n");
    }
    Files.writeString(ws.resolve("samples/2022-09-05-extract.csv"), early);
    CliRun run = CliRun.of("generate", "--workspace", ws.toString(), "--period", "2022-12", "--format", "csv");
    assertThat(run.exitCode()).isZero();
    assertThat(Files.readAllLines(ws.resolve("out/mini-2022-12.csv")))
        .contains("mini,CHILDREN,1.2,reviews-in-time,,rag_month,2022-12,green,Green,",
            "mini,CHILDREN,1.2,reviews-in-time,,rag_year,2022-12,red,Red,");
    assertThat(run.err()).contains("reviews-in-time is red in December 2022 with no commentary");
  }

  @Test
  void commentaryOnAnUnknownIndicatorOrInAMisnamedFileIsAnError() throws IOException {
    Path ws = workspaceWithARedLine();
    Files.writeString(ws.resolve("commentary/2022-12.yaml"),
        "commentary:\n  - { indicator: reviews-in-tme, text: x }\n");
    Files.writeString(ws.resolve("commentary/december.yaml"), "commentary: []\n");
    CliRun run = CliRun.of("validate", "--workspace", ws.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains(
        "commentary/2022-12.yaml:2:18: error: commentary[0].indicator: unknown indicator 'reviews-in-tme' (did you"
            + " mean 'reviews-in-time'?)",
        "commentary/december.yaml: error: expected a file named for its month, YYYY-MM.yaml, found 'december.yaml'");
  }
}
