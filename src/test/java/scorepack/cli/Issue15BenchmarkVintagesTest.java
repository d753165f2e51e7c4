package scorepack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, point 3: benchmarks are re-published each year, and a pack prints the vintage current
 * on its issue date ({@code --as-of}, else the newest extract's date, 2023-01-05 in the mini
 * workspace), unless its template pins a day.
 */
class Issue15BenchmarkVintagesTest {
  private static final LocalDate TODAY = LocalDate.of(2023, 6, 1);
  private static final String BENCHMARKS = """
      indicator,breakdown,benchmark,value,period,published
      reviews-in-time,,sn_average,90.1,2020/21,2021-11-18
      reviews-in-time,,sn_average,92.4,2021/22,2022-11-17
      reviews-in-time,,sn_average,93.0,2022/23,2023-01-10
      reviews-in-time,,national,88.0,,
      """;

  @TempDir
  Path temp;

  private Path mini(String benchmarks) throws IOException {
    Path ws = MiniWorkspace.copyTo(temp.resolve("ws"));
    Files.writeString(Files.createDirectories(ws.resolve("reference")).resolve("benchmarks.csv"), benchmarks);
    Path template = ws.resolve("templates/mini.yaml");
    Files.writeString(template, Files.readString(template).replace("previous_year, trend]",
        "previous_year, sn_average, national, trend]"));
    return ws;
  }

  private static String csv(Path ws, String month) throws IOException {
    return Files.readString(ws.resolve("out/mini-" + month + ".csv"));
  }

  @Test
  void withoutAsOfThePackIsIssuedOnTheNewestExtractsDate() throws IOException {
    Path ws = mini(BENCHMARKS);
    CliRun run = CliRun.on(TODAY, "generate", "--workspace", ws.toString(), "--format", "csv");
    assertThat(run.exitCode()).as(run.err()).isZero();
    // 2023-01-05: the 2021/22 figure of 17 November 2022, not the 2022/23 one of 10 January 2023
    assertThat(csv(ws, "2022-12")).contains("reviews-in-time,,sn_average,2022-12,92.4,92.4% (2021/22)")
        .contains("reviews-in-time,,national,2022-12,88,88.0%");
  }

  @Test
  void anAsOfDateIssuesThePackOnThatDay() throws IOException {
    Path ws = mini(BENCHMARKS);
    CliRun run = CliRun.on(TODAY, "generate", "--workspace", ws.toString(), "--as-of", "2022-11-30",
        "--format", "csv");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(csv(ws, "2022-10")).contains("reviews-in-time,,sn_average,2022-10,92.4,92.4% (2021/22)");
    CliRun earlier = CliRun.on(TODAY, "generate", "--workspace", ws.toString(), "--as-of", "2022-11-16",
        "--format", "csv");
    assertThat(earlier.exitCode()).as(earlier.err()).isZero();
    assertThat(csv(ws, "2022-10")).contains("reviews-in-time,,sn_average,2022-10,90.1,90.1% (2020/21)");
  }

  @Test
  void aTemplateMayPinTheDayItsBenchmarksStandOn() throws IOException {
    Path ws = mini(BENCHMARKS);
    Path template = ws.resolve("templates/mini.yaml");
    Files.writeString(template, Files.readString(template) + "benchmarks_as_of: 2022-06-30\n");
    CliRun run = CliRun.on(TODAY, "generate", "--workspace", ws.toString(), "--format", "csv");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(csv(ws, "2022-12")).contains("reviews-in-time,,sn_average,2022-12,90.1,90.1% (2020/21)");
  }

  @Test
  void aMisspeltPublishedDateIsALocatedErrorAndNothingIsWritten() throws IOException {
    Path ws = mini(BENCHMARKS.replace("2022-11-17", "17/11/2022"));
    CliRun run = CliRun.on(TODAY, "generate", "--workspace", ws.toString(), "--format", "csv");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("reference/benchmarks.csv:3:6: error: column published: expected the day the figure was published"
        + " as YYYY-MM-DD, found '17/11/2022'");
    assertThat(ws.resolve("out")).doesNotExist();
  }

  @Test
  void theSameKindTwiceOnOneDayIsAnError() throws IOException {
    Path ws = mini(BENCHMARKS + "reviews-in-time,,sn_average,92.5,2021/22,2022-11-17\n");
    CliRun run = CliRun.on(TODAY, "generate", "--workspace", ws.toString(), "--format", "csv");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("reference/benchmarks.csv:6:").contains("is given twice as published on 2022-11-17");
  }

  @Test
  void aMisspeltPinIsALocatedError() throws IOException {
    Path ws = mini(BENCHMARKS);
    Path template = ws.resolve("templates/mini.yaml");
    Files.writeString(template, Files.readString(template) + "benchmarks_as_of: 2022-13-01\n");
    CliRun run = CliRun.on(TODAY, "validate", "--workspace", ws.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("templates/mini.yaml:13:19: error: benchmarks_as_of: expected a day as YYYY-MM-DD, found '2022-13-01'");
  }
}
