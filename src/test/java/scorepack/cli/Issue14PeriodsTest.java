package scorepack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14, point 10: a run reports only on months the extracts hold, and no extract row may be
 * dated after today (the --as-of date when given, else the clock, never SOURCE_DATE_EPOCH). The
 * mini workspace's extracts hold September to December 2022, taken on 2022-11-04 and 2023-01-05.
 */
class Issue14PeriodsTest {
  private static final LocalDate TODAY = LocalDate.of(2023, 2, 1);
  /** A row whose year was mistyped, in an extract with an extracted column. */
  private static final String TYPO = "indicator,period,breakdown,value,numerator,denominator,extracted\n"
      + "children-looked-after,2022-12,,,551,,2023-01-20\n"
      + "children-looked-after,2099-01,,,560,,2099-01-05\n";

  @TempDir
  Path temp;

  private Path mini() throws IOException {
    return MiniWorkspace.copyTo(temp.resolve("ws"));
  }

  @Test
  void aPeriodBeforeTheFirstMonthOfTheExtractsIsBadInputNamingTheMonthsTheyCover() throws IOException {
    Path ws = mini();
    CliRun run = CliRun.on(TODAY, "generate", "--workspace", ws.toString(), "--period", "2019-01");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("error: --period 2019-01 is before the first month the extracts hold: they cover"
        + " 2022-09 to 2022-12; expected a month in that range", "nothing was written");
    assertThat(ws.resolve("out")).doesNotExist();
    assertThat(ws.resolve("ledger")).doesNotExist();
  }

  @Test
  void explainRefusesAPeriodOutsideTheExtractsToo() throws IOException {
    Path ws = mini();
    CliRun before = CliRun.on(TODAY, "explain", "reviews-in-time", "--workspace", ws.toString(), "--period", "2019-01");
    assertThat(before.exitCode()).isEqualTo(2);
    assertThat(before.err()).contains("--period 2019-01 is before the first month the extracts hold");
    CliRun after = CliRun.on(TODAY, "explain", "reviews-in-time", "--workspace", ws.toString(), "--period", "2023-01");
    assertThat(after.exitCode()).isEqualTo(2);
    assertThat(after.err()).contains("--period 2023-01 is after the latest month the extracts hold (2022-12)");
  }

  @Test
  void aRowDatedAfterTodayIsBadInputWithFileLineAndColumnAndNoPackIsBuiltForIt() throws IOException {
    Path ws = mini();
    Files.writeString(ws.resolve("samples/lac-late-entries.csv"), TYPO);
    CliRun run = CliRun.on(TODAY, "generate", "--workspace", ws.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains(
        "samples/lac-late-entries.csv:3:2: error: column period: the month 2099-01 is after today's date"
            + " (2023-02-01); expected a month no later than 2023-02",
        "samples/lac-late-entries.csv:3:7: error: column extracted: the extract date 2099-01-05 is after today's date"
            + " (2023-02-01); expected the date the extract was taken, no later than today");
    assertThat(run.err()).doesNotContain("lac-late-entries.csv:2:");
    assertThat(ws.resolve("out")).doesNotExist();
    assertThat(ws.resolve("ledger")).doesNotExist();
    assertThat(CliRun.on(TODAY, "validate", "--workspace", ws.toString()).err())
        .contains("samples/lac-late-entries.csv:3:7: error: column extracted:");
  }

  @Test
  void aFileNamedForADayAfterTodayIsReportedOnceForTheWholeFile() throws IOException {
    Path ws = mini();
    Files.writeString(ws.resolve("samples/2093-01-05-extract.csv"),
        "indicator,period,breakdown,value,numerator,denominator\n"
            + "children-looked-after,2022-12,,,551,\nreviews-in-time,2022-12,,,36,37\n");
    CliRun run = CliRun.on(TODAY, "generate", "--workspace", ws.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("samples/2093-01-05-extract.csv: error: the file name starts with the date"
        + " 2093-01-05, after today's date (2023-02-01)", "1 error(s) in the input");
  }

  @Test
  void todayIsTheClocksDateNotSourceDateEpoch() throws IOException {
    Path ws = mini();
    Files.writeString(ws.resolve("samples/lac-late-entries.csv"), TYPO);
    // SOURCE_DATE_EPOCH in 2100 fixes the date printed, but does not make a 2099 extract possible.
    Clock clock = Clock.fixed(Instant.parse("2023-02-01T09:00:00Z"), ZoneOffset.UTC);
    CliRun pinned = CliRun.withEnvOn(Map.of("SOURCE_DATE_EPOCH", "4102444800"), clock, "generate", "--workspace",
        ws.toString(), "--format", "csv");
    assertThat(pinned.exitCode()).isEqualTo(2);
    assertThat(pinned.err()).contains("the month 2099-01 is after today's date (2023-02-01)");
    // Nor does one in the past refuse the extracts taken since.
    Files.delete(ws.resolve("samples/lac-late-entries.csv"));
    CliRun early = CliRun.withEnvOn(Map.of("SOURCE_DATE_EPOCH", "0"), clock, "generate", "--workspace",
        ws.toString(), "--format", "csv");
    assertThat(early.exitCode()).as(early.err()).isZero();
  }

  @Test
  void onTheDayTheClockReachesTheRowsDateItIsAccepted() throws IOException {
    Path ws = mini();
    Files.writeString(ws.resolve("samples/lac-late-entries.csv"), TYPO);
    CliRun run = CliRun.on(LocalDate.of(2099, 1, 5), "generate", "--workspace", ws.toString(), "--format", "csv");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(ws.resolve("out/mini-2099-01.csv")).exists();
  }

  @Test
  void underAllOnlyTheAuthorityWithAFutureRowGetsNoPacks() throws IOException {
    Path ws = MiniWorkspace.copyForAuthorities(temp.resolve("ws"), "barnsley", "rotherham");
    Files.writeString(ws.resolve("samples/rotherham/lac-late-entries.csv"), TYPO);
    CliRun run = CliRun.on(TODAY, "generate", "--workspace", ws.toString(), "--authority", "ALL", "--format", "csv");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("samples/rotherham/lac-late-entries.csv:3:2: error: rotherham: column period: the month"
        + " 2099-01 is after today's date", "no packs were written for rotherham; the other authority's"
        + " packs were written.");
    assertThat(ws.resolve("out/barnsley/mini-2022-12.csv")).exists();
    assertThat(ws.resolve("out/rotherham")).doesNotExist();
    assertThat(ws.resolve("ledger/rotherham")).doesNotExist();
  }
}
