package scorepack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each issue is recorded, and the next issue lists the figures re-run extracts have changed. */
class LedgerCliTest {
  @TempDir
  Path temp;

  @Test
  void theNextIssueListsWhatReRunsChangedAndRevisionsListsThemToo() throws IOException {
    Path ws = MiniWorkspace.copyTo(temp.resolve("ws"));
    Path january = ws.resolve("samples/2023-01-05-extract.csv");
    Path aside = Files.move(january, temp.resolve("january.csv"));

    // October's issue, from the November extract alone: reviews 43/50 = 86.0%.
    assertThat(CliRun.of("generate", "--workspace", ws.toString(), "--format", "csv").exitCode()).isZero();
    assertThat(Files.readString(ws.resolve("ledger/published.csv")))
        .contains("mini,2022-10,2022-11-04,1.2,reviews-in-time,,month,2022-10,86,86.0%,samples/2022-11-04-extract.csv");

    // The January extract re-runs October as 44/50 = 88.0%; December's issue says so.
    Files.move(aside, january);
    CliRun december = CliRun.of("generate", "--workspace", ws.toString(), "--format", "xlsx");
    assertThat(december.exitCode()).as(december.err()).isZero();
    try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(ws.resolve("out/mini-2022-12.xlsx")))) {
      XSSFSheet changes = wb.getSheet("Changes");
      assertThat(changes.getRow(0).getCell(0).getStringCellValue())
          .isEqualTo("Changes since the last issue (October 2022, issued 4 November 2022)");
      assertThat(changes.getLastRowNum()).isEqualTo(2);
      assertThat(changes.getRow(2).getCell(1).getStringCellValue()).isEqualTo("% of care plans reviewed within timescales");
      assertThat(changes.getRow(2).getCell(2).getStringCellValue()).isEqualTo("Oct 2022");
      assertThat(changes.getRow(2).getCell(3).getStringCellValue()).isEqualTo("86.0%");
      assertThat(changes.getRow(2).getCell(4).getStringCellValue()).isEqualTo("88.0%");
      assertThat(changes.getRow(2).getCell(5).getStringCellValue()).isEqualTo("samples/2023-01-05-extract.csv");
    }

    CliRun revisions = CliRun.of("revisions", "--workspace", ws.toString(), "--since", "2022-10");
    assertThat(revisions.exitCode()).isZero();
    assertThat(revisions.out()).contains("mini  1.2  reviews-in-time  2022-10: 86.0% → 88.0%  (issued 2022-11-04 for"
        + " 2022-10, then 2023-01-05 for 2022-12; samples/2023-01-05-extract.csv)",
        "1 revised figure(s) in 2 issue(s)");
  }

  @Test
  void runningTheSameIssueAgainRecordsItOnce() throws IOException {
    Path ws = MiniWorkspace.copyTo(temp.resolve("ws"));
    CliRun.of("generate", "--workspace", ws.toString(), "--format", "csv");
    String once = Files.readString(ws.resolve("ledger/published.csv"));
    CliRun.of("generate", "--workspace", ws.toString(), "--format", "csv");
    assertThat(Files.readString(ws.resolve("ledger/published.csv"))).isEqualTo(once);
  }

  @Test
  void aDamagedLedgerStopsTheRunBeforeAnythingIsWritten() throws IOException {
    Path ws = MiniWorkspace.copyTo(temp.resolve("ws"));
    Files.createDirectories(ws.resolve("ledger"));
    Files.writeString(ws.resolve("ledger/published.csv"), "not,a,ledger\n");
    CliRun run = CliRun.of("generate", "--workspace", ws.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("ledger/published.csv:1:1: error: header: expected the ledger header");
    assertThat(ws.resolve("out")).doesNotExist();
    assertThat(Files.readString(ws.resolve("ledger/published.csv"))).isEqualTo("not,a,ledger\n");
  }
}
