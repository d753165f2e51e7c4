package scorepack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14, point 8: {@code --as-of YYYY-MM-DD} reproduces what was known on a date. The mini
 * workspace's extracts were taken on 2022-11-04 (October's reviews 43/50 = 86.0%) and 2023-01-05
 * (October re-run as 44/50 = 88.0%, and November and December first given).
 */
class Issue14AsOfTest {
  private static final LocalDate TODAY = LocalDate.of(2023, 6, 1);

  @TempDir
  Path temp;

  private Path mini() throws IOException {
    return MiniWorkspace.copyTo(temp.resolve("ws"));
  }

  /** The ledger's lines without their last column, scorepack_version, which names the build the tests run. */
  /** The ledger's lines without the scorepack_version column (the last but one), which names the build. */
  private static List<String> ledger(Path ws) throws IOException {
    return Files.readAllLines(ws.resolve("ledger/published.csv")).stream().map(line -> {
      int last = line.lastIndexOf(',');
      return line.substring(0, line.lastIndexOf(',', last - 1)) + line.substring(last);
    }).toList();
  }

  @Test
  void onlyExtractsTakenByTheDateAreUsedAndTheDateIsTheDateCreated() throws IOException {
    Path ws = mini();
    CliRun run = CliRun.on(TODAY, "generate", "--workspace", ws.toString(), "--as-of", "2022-11-30", "--format", "csv");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("as of 2022-11-30: 1 extract(s) taken later left out");
    // The latest month known on 30 November was October, and October's reviews were then 86.0%.
    assertThat(ws.resolve("out/mini-2022-10.csv")).exists();
    assertThat(ledger(ws)).contains(
        "mini,2022-10,2022-11-30,1.2,reviews-in-time,,month,2022-10,86,86.0%,samples/2022-11-04-extract.csv,restricted");
    assertThat(ledger(ws)).noneMatch(line -> line.contains("2023-01-05-extract.csv"));
  }

  @Test
  void withoutAsOfEveryExtractIsUsedAndTheNewestDatesTheIssueAsBefore() throws IOException {
    Path ws = mini();
    CliRun run = CliRun.on(TODAY, "generate", "--workspace", ws.toString(), "--period", "2022-10", "--format", "csv");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).doesNotContain("left out");
    assertThat(ledger(ws)).contains(
        "mini,2022-10,2023-01-05,1.2,reviews-in-time,,month,2022-10,88,88.0%,samples/2023-01-05-extract.csv,restricted");
  }

  @Test
  void theAsOfDateOverridesSourceDateEpochAsTheDateCreated() throws IOException {
    Path ws = mini();
    CliRun run = CliRun.withEnvOn(Map.of("SOURCE_DATE_EPOCH", "1700000000"),
        Clock.fixed(TODAY.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC), "generate", "--workspace", ws.toString(), "--as-of", "2023-01-31", "--format", "csv");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(ledger(ws)).allMatch(line -> line.startsWith("pack,") || line.startsWith("mini,2022-12,2023-01-31,"));
  }

  @Test
  void theLedgerKeepsTheCommentEachIssuePublishedAfterTheCommentaryFileChanges() throws IOException {
    Path ws = mini();
    Path commentary = Files.createDirectories(ws.resolve("commentary")).resolve("2022-12.yaml");
    Files.writeString(commentary, "commentary:\n  - indicator: reviews-in-time\n    text: One review was late.\n");
    assertThat(CliRun.on(TODAY, "generate", "--workspace", ws.toString(), "--format", "csv").exitCode()).isZero();
    Files.writeString(commentary, "commentary:\n  - indicator: reviews-in-time\n    text: One review, now done.\n");
    assertThat(CliRun.on(TODAY, "generate", "--workspace", ws.toString(), "--as-of", "2023-01-10", "--format", "csv")
        .exitCode()).isZero();
    assertThat(ledger(ws)).contains(
        "mini,2022-12,2023-01-05,1.2,reviews-in-time,,commentary,2022-12,,One review was late.,,restricted",
        "mini,2022-12,2023-01-10,1.2,reviews-in-time,,commentary,2022-12,,\"One review, now done.\",,restricted");
  }

  @Test
  void anAsOfDateAfterTodayOrBeforeEveryExtractIsBadInput() throws IOException {
    Path ws = mini();
    CliRun future = CliRun.on(TODAY, "generate", "--workspace", ws.toString(), "--as-of", "2023-06-02");
    assertThat(future.exitCode()).isEqualTo(2);
    assertThat(future.err()).contains("--as-of 2023-06-02 is after today's date (2023-06-01)");
    CliRun early = CliRun.on(TODAY, "generate", "--workspace", ws.toString(), "--as-of", "2022-11-03");
    assertThat(early.exitCode()).isEqualTo(2);
    assertThat(early.err()).contains("no extract was taken on or before the --as-of date 2022-11-03; the first was"
        + " taken on 2022-11-04");
    CliRun malformed = CliRun.on(TODAY, "explain", "reviews-in-time", "--workspace", ws.toString(), "--as-of", "31/01/2023");
    assertThat(malformed.exitCode()).isEqualTo(2);
    assertThat(malformed.err()).contains("expects a date as YYYY-MM-DD, found '31/01/2023'");
    assertThat(CliRun.on(TODAY, "validate", "--workspace", ws.toString(), "--as-of", "2022-11-03").err())
        .contains("samples: error: no extract was taken on or before the --as-of date 2022-11-03");
    assertThat(ws.resolve("out")).doesNotExist();
  }

  @Test
  void aPeriodAfterWhatWasKnownOnTheDateIsBadInput() throws IOException {
    CliRun run = CliRun.on(TODAY, "generate", "--workspace", mini().toString(), "--as-of", "2022-11-30", "--period",
        "2022-12");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--period 2022-12 is after the latest month the extracts taken by 2022-11-30 hold"
        + " (2022-10)");
  }

  @Test
  void validateAndRevisionsReadTheWorkspaceAsItStoodOnTheDate() throws IOException {
    Path ws = mini();
    CliRun validate = CliRun.on(TODAY, "validate", "--workspace", ws.toString(), "--as-of", "2022-11-30");
    assertThat(validate.exitCode()).as(validate.err()).isZero();
    assertThat(validate.out()).contains("2 extracts (4 rows used as of 2022-11-30; 1 extract(s) taken later left out)");

    CliRun.on(TODAY, "generate", "--workspace", ws.toString(), "--as-of", "2022-11-30", "--format", "csv");
    CliRun.on(TODAY, "generate", "--workspace", ws.toString(), "--format", "csv");
    CliRun all = CliRun.on(TODAY, "revisions", "--workspace", ws.toString());
    assertThat(all.out()).contains("2022-10: 86.0% → 88.0%", "1 revised figure(s) in 2 issue(s)");
    CliRun then = CliRun.on(TODAY, "revisions", "--workspace", ws.toString(), "--as-of", "2022-12-31");
    assertThat(then.out()).contains("0 revised figure(s) in 1 issue(s)");
  }

  /** The bundled workspace, copied: its definitions, reference files, commentary and extracts. */
  private Path bundled() throws IOException {
    Path ws = temp.resolve("bundled");
    try (Stream<Path> files = Files.walk(Path.of("."))) {
      for (Path p : files.filter(Files::isRegularFile).toList()) {
        Path rel = Path.of(".").relativize(p);
        String top = rel.getName(0).toString();
        if (List.of("indicators", "templates", "reference", "samples", "commentary", "sources").contains(top)
            || List.of("glossary.yaml", "scorepack.yaml").contains(rel.toString())) {
          Files.createDirectories(ws.resolve(rel).getParent());
          Files.copy(p, ws.resolve(rel));
        }
      }
    }
    return ws;
  }

  @Test
  void corporateParentingDecember2022AsOfItsIssueDateUsesNoLaterExtractAndIsDatedThatDay() throws IOException {
    Path ws = bundled();
    CliRun run = CliRun.on(TODAY, "generate", "--workspace", ws.toString(), "--pack", "corporate-parenting",
        "--period", "2022-12", "--as-of", "2023-01-31", "--format", "pdf,csv");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("as of 2023-01-31: 10 extract(s) taken later left out");
    try (PDDocument pdf = Loader.loadPDF(ws.resolve("out/corporate-parenting-2022-12.pdf").toFile())) {
      PDFTextStripper text = new PDFTextStripper();
      text.setEndPage(1);
      assertThat(text.getText(pdf)).containsPattern("Date created\\s+31/01/2023");
    }
    // The source is the column before the last, the edition.
    List<String> sources = ledger(ws).stream().skip(1).map(line -> line.substring(0, line.lastIndexOf(',')))
        .map(line -> line.substring(line.lastIndexOf(',') + 1))
        .filter(s -> !s.isEmpty()).distinct().toList();
    assertThat(sources).isNotEmpty().allMatch(s -> s.startsWith("samples/20")
        && !LocalDate.parse(s.substring(8, 18)).isAfter(LocalDate.of(2023, 1, 31)));
    assertThat(ledger(ws).stream().skip(1)).allMatch(line -> line.startsWith("corporate-parenting,2022-12,2023-01-31,"));

    CliRun explain = CliRun.on(TODAY, "explain", "visits-in-time", "--workspace", ws.toString(), "--period", "2022-12",
        "--as-of", "2023-01-31");
    assertThat(explain.exitCode()).as(explain.err()).isZero();
    assertThat(explain.out()).contains("Left out as of 2023-01-31 (10 extract(s) taken after that date, not yet known):",
        "  - samples/2023-02-06-cyps-monthly.csv (extracted 2023-02-06): Nov 2022, Dec 2022, Jan 2023",
        "  - samples/2023-04-04-early-help-monthly.csv (extracted 2023-04-04): no figure for this line");
    assertThat(explain.out().lines().filter(l -> l.contains("row:"))).isNotEmpty()
        .noneMatch(l -> l.contains("samples/2023-02") || l.contains("samples/2023-03") || l.contains("samples/2023-04"));
  }
}
