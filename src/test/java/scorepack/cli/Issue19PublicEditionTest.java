package scorepack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 19, points 1 and 2: the public edition beside the restricted one, on a workspace whose
 * figures were chosen by hand (src/test/resources/workspaces/editions): June 2022, with the year's
 * April, May and June in the month columns.
 */
class Issue19PublicEditionTest {
  private static final Path EDITIONS = Path.of("src/test/resources/workspaces/editions");

  @TempDir
  Path dir;

  @Test
  void allWritesBothEditionsAndTheDefaultOnlyTheRestrictedOne() throws IOException {
    Path ws = copy();
    assertThat(run(ws).exitCode()).isZero();
    assertThat(names(ws.resolve("out"))).containsExactly("editions-2022-06.csv", "scorepack-run.json");
    assertThat(run(ws, "--edition", "all").exitCode()).isZero();
    assertThat(names(ws.resolve("out"))).containsExactly("editions-2022-06-public.csv", "editions-2022-06.csv",
        "scorepack-run.json");
  }

  @Test
  void theRestrictedEditionPrintsEveryFigure() throws IOException {
    Path ws = copy();
    run(ws, "--edition", "all");
    Map<String, String> csv = csv(ws.resolve("out/editions-2022-06.csv"));
    assertThat(csv.get("1.1|exclusions|Primary|month|2022-04")).isEqualTo("3|3");
    assertThat(csv.get("1.2|reviews||month|2022-06")).isEqualTo("96|96.0%");
    assertThat(csv.get("1.2|reviews||numerator|2022-06")).isEqualTo("48|48");
  }

  @Test
  void smallCountsAndTheFiguresThatWouldRevealThemAreSuppressed() throws IOException {
    Path ws = copy();
    run(ws, "--edition", "public");
    Map<String, String> csv = csv(ws.resolve("out/editions-2022-06-public.csv"));
    // Primary: 3 in April is below 5.
    assertThat(csv.get("1.1|exclusions|Primary|month|2022-04")).isEqualTo("|[c]");
    // Secondary's April (17) is the next smallest breakdown: the total 20 less it would give 3.
    assertThat(csv.get("1.1|exclusions|Secondary|month|2022-04")).isEqualTo("|[c]");
    // The total stays, and the months with no small count.
    assertThat(csv.get("1.1|exclusions||month|2022-04")).isEqualTo("20|20");
    assertThat(csv.get("1.1|exclusions|Primary|month|2022-05")).isEqualTo("9|9");
    // Each breakdown's year to date less its May and June would give April: suppressed; the total's stays.
    assertThat(csv.get("1.1|exclusions|Primary|ytd|2022-06")).isEqualTo("|[c]");
    assertThat(csv.get("1.1|exclusions|Secondary|ytd|2022-06")).isEqualTo("|[c]");
    assertThat(csv.get("1.1|exclusions||ytd|2022-06")).isEqualTo("59|59");
    // June's 48 of 50 says 2 were late: the percentage, its DOT and its RAG are withheld, and the year to date.
    assertThat(csv.get("1.2|reviews||month|2022-06")).isEqualTo("|[c]");
    assertThat(csv.get("1.2|reviews||dot_month|2022-06")).isEqualTo("|[c]");
    assertThat(csv.get("1.2|reviews||rag_month|2022-06")).isEqualTo("|[c]");
    assertThat(csv.get("1.2|reviews||ytd|2022-06")).isEqualTo("|[c]");
    // The counts behind it (48 of 50) and the quarters a covering report quotes are withheld with it.
    for (String field : List.of("numerator", "denominator", "ytd_numerator", "ytd_denominator", "quarter")) {
      assertThat(csv.get("1.2|reviews||" + field + "|2022-06")).as(field).isEqualTo("|[c]");
    }
    // May's 47 of 50 says 3 were late; April's 40 of 50 reveals no small count.
    assertThat(csv.get("1.2|reviews||month|2022-05")).isEqualTo("|[c]");
    assertThat(csv.get("1.2|reviews||month|2022-04")).isEqualTo("80|80.0%");
    // suppression: none keeps counts that identify no one.
    assertThat(csv.get("1.3|adoptions||month|2022-05")).isEqualTo("1|1");
    assertThat(csv.get("1.3|adoptions||ytd|2022-06")).isEqualTo("6|6");
  }

  /**
   * A sparkline or chart point the public edition suppresses is [c] in the workbook's trend columns and
   * chart data, as its cell is; [x] stays for a month with no figure at all.
   */
  @Test
  void theWorkbooksTrendAndChartDataMarkASuppressedPointConfidentialNotMissing() throws IOException {
    Path ws = copy();
    Path template = ws.resolve("templates/editions.yaml");
    Files.writeString(template, Files.readString(template).replace("indicator: reviews }", "indicator: reviews, chart: true }"));
    assertThat(run(ws, "--edition", "all", "--format", "xlsx").exitCode()).isZero();
    for (String edition : List.of("", "-public")) {
      try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(ws.resolve("out/editions-2022-06" + edition + ".xlsx")))) {
        Map<String, String> trend = trendOf(wb, "1.2");
        Map<String, String> chart = chartDataOf(wb, "1.2");
        if (edition.isEmpty()) {
          assertThat(trend).containsEntry("Apr 2022", "80").containsEntry("May 2022", "94").containsEntry("Jun 2022", "96")
              .containsEntry("Mar 2022", "[x]");
          assertThat(chart).containsEntry("May 2022", "94").containsEntry("Jun 2022", "96");
        } else {
          // 47 and 48 of 50 say 3 and 2 were late: May and June are suppressed, April's 40 of 50 is not.
          assertThat(trend).containsEntry("Apr 2022", "80").containsEntry("May 2022", "[c]").containsEntry("Jun 2022", "[c]")
              .containsEntry("Mar 2022", "[x]");
          assertThat(chart).containsEntry("Apr 2022", "80").containsEntry("May 2022", "[c]").containsEntry("Jun 2022", "[c]");
          assertThat(sheetText(wb, "Chart data")).contains("[c] = confidential");
        }
      }
    }
  }

  /** A line's trend columns on the scorecard sheet, as period → cell. */
  private static Map<String, String> trendOf(XSSFWorkbook wb, String ref) {
    Map<String, String> trend = new HashMap<>();
    for (Sheet sheet : wb) {
      Row header = null;
      for (Row row : sheet) {
        if (header == null && row.getCell(0) != null && text(row.getCell(0)).startsWith("REF")) {
          header = row;
        } else if (header != null && row.getCell(0) != null && text(row.getCell(0)).equals(ref)) {
          for (Cell h : header) {
            if (text(h).startsWith("Trend: ")) {
              trend.put(text(h).substring("Trend: ".length()), text(row.getCell(h.getColumnIndex())));
            }
          }
          return trend;
        }
      }
    }
    return trend;
  }

  /** A chart's figures on the chart data sheet, as period → cell. */
  private static Map<String, String> chartDataOf(XSSFWorkbook wb, String ref) {
    Map<String, String> chart = new HashMap<>();
    for (Row row : sheetNamed(wb, "Chart data")) {
      if (row.getLastCellNum() >= 4 && text(row.getCell(0)).matches("Chart \\d+: " + Pattern.quote(ref) + " .*")
          && text(row.getCell(1)).equals("Figure")) {
        chart.put(text(row.getCell(2)), text(row.getCell(3)));
      }
    }
    return chart;
  }

  private static Sheet sheetNamed(XSSFWorkbook wb, String title) {
    for (Sheet sheet : wb) {
      if (sheet.getRow(0) != null && text(sheet.getRow(0).getCell(0)).startsWith(title)) {
        return sheet;
      }
    }
    throw new AssertionError("no sheet titled " + title);
  }

  private static String sheetText(XSSFWorkbook wb, String title) {
    StringBuilder all = new StringBuilder();
    sheetNamed(wb, title).forEach(r -> r.forEach(c -> all.append(text(c)).append('\n')));
    return all.toString();
  }

  private static String text(Cell cell) {
    if (cell == null) {
      return "";
    }
    return cell.getCellType() == CellType.NUMERIC ? new BigDecimal(Double.toString(cell.getNumericCellValue()))
        .stripTrailingZeros().toPlainString() : cell.toString();
  }

  @Test
  void theLedgerRecordsWhichEditionPrintedEachFigure() throws IOException {
    Path ws = copy();
    run(ws, "--edition", "all");
    List<String> ledger = Files.readAllLines(ws.resolve("ledger/published.csv"));
    assertThat(ledger.get(0)).endsWith(",source,scorepack_version,edition");
    assertThat(ledger).anyMatch(l -> l.contains(",Primary,month,2022-04,3,3,") && l.endsWith(",restricted"));
    assertThat(ledger).anyMatch(l -> l.contains(",Primary,month,2022-04,,[c],") && l.endsWith(",public"));
  }

  @Test
  void aLedgerFromBeforeEditionsIsReadAsTheRestrictedEditionsAndKept() throws IOException {
    Path ws = copy();
    Files.createDirectories(ws.resolve("ledger"));
    Files.writeString(ws.resolve("ledger/published.csv"),
        "pack,period,issued,ref,indicator,breakdown,field,figure_period,value,text,source\n"
            + "editions,2022-05,2022-06-04,1.3,adoptions,,month,2022-05,1,1,2022-06-04-extract.csv\n");
    CliRun run = run(ws, "--edition", "all");
    assertThat(run.exitCode()).as(run.err()).isZero();
    List<String> ledger = Files.readAllLines(ws.resolve("ledger/published.csv"));
    assertThat(ledger).contains("editions,2022-05,2022-06-04,1.3,adoptions,,month,2022-05,1,1,2022-06-04-extract.csv"
        + ",,restricted");
  }

  @Test
  void aPackWithoutAPublicEditionIsRefusedAndNothingIsWritten() throws IOException {
    Path ws = copy();
    Files.delete(ws.resolve("scorepack.yaml"));
    CliRun run = run(ws, "--edition", "public");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("templates/editions.yaml:1:1: error:")
        .contains("pack 'editions' has no public edition: add 'public_edition:'");
    assertThat(ws.resolve("out")).doesNotExist();
  }

  @Test
  void aTemplateMayGiveItsPackAPublicEditionAndChangeTheThreshold() throws IOException {
    Path ws = copy();
    Files.delete(ws.resolve("scorepack.yaml"));
    Path template = ws.resolve("templates/editions.yaml");
    Files.writeString(template, Files.readString(template) + "public_edition: { threshold: 10 }\n");
    assertThat(run(ws, "--edition", "public").exitCode()).isZero();
    Map<String, String> csv = csv(ws.resolve("out/editions-2022-06-public.csv"));
    // 9 is below 10 now; 8 in June too.
    assertThat(csv.get("1.1|exclusions|Primary|month|2022-05")).isEqualTo("|[c]");
    assertThat(csv.get("1.1|exclusions|Primary|month|2022-06")).isEqualTo("|[c]");
  }

  private static CliRun run(Path ws, String... more) {
    List<String> options = List.of(more);
    Stream<String> format = options.contains("--format") ? Stream.of() : Stream.of("--format", "csv");
    String[] args = Stream.of(Stream.of("generate", "--workspace", ws.toString(), "--data",
        ws.resolve("samples").toString(), "--period", "2022-06", "--quiet"), format, options.stream())
        .flatMap(s -> s).toArray(String[]::new);
    return CliRun.withEnv(Map.of("SOURCE_DATE_EPOCH", "1656979200"), args);
  }

  private Path copy() throws IOException {
    return MiniWorkspace.copy(EDITIONS, dir.resolve("ws"));
  }

  private static List<String> names(Path out) throws IOException {
    try (Stream<Path> files = Files.list(out)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  /** The pack CSV as "ref|indicator|breakdown|field|period" → "value|text". */
  private static Map<String, String> csv(Path file) throws IOException {
    Map<String, String> rows = new HashMap<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      String[] f = line.split(",", -1);
      rows.put(f[2] + "|" + f[3] + "|" + f[4] + "|" + f[5] + "|" + f[6], f[7] + "|" + f[8]);
    }
    return rows;
  }
}
