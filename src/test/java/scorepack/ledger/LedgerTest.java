package scorepack.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import scorepack.diagnostic.Diagnostics;

class LedgerTest {
  private static final Issue DECEMBER = new Issue("cp", YearMonth.of(2022, 12), LocalDate.of(2023, 1, 4));
  private static final Issue JANUARY = new Issue("cp", YearMonth.of(2023, 1), LocalDate.of(2023, 2, 6));

  private static LedgerEntry month(Issue issue, String indicator, String month, String text, String source) {
    return new LedgerEntry(issue, "4.7", indicator, "", "month", YearMonth.parse(month), text.replace("%", ""), text,
        source);
  }

  private static LedgerEntry ytd(Issue issue, String text) {
    return new LedgerEntry(issue, "4.7", "reviews", "", "ytd", issue.period(), text.replace("%", ""), text, "");
  }

  @Test
  void aLaterIssueRevisesTheMonthsBothPrinted() {
    List<LedgerEntry> december = List.of(month(DECEMBER, "reviews", "2022-11", "88.9%", "a.csv"),
        month(DECEMBER, "reviews", "2022-12", "97.3%", "a.csv"), ytd(DECEMBER, "92.2%"));
    List<LedgerEntry> january = List.of(month(JANUARY, "reviews", "2022-11", "88.9%", "a.csv"),
        month(JANUARY, "reviews", "2022-12", "94.6%", "b.csv"), month(JANUARY, "reviews", "2023-01", "90.0%", "b.csv"),
        ytd(JANUARY, "91.9%"));
    // November is unchanged, January is new, and a year to date moves every month by design: only December counts.
    assertThat(Ledger.revisions(DECEMBER, december, JANUARY, january)).containsExactly(
        new Revision(DECEMBER, JANUARY, "4.7", "reviews", "", YearMonth.of(2022, 12), "97.3%", "94.6%", "b.csv"));
  }

  @Test
  void theIssueBeforeIsTheSamePacksLatestEarlierIssue() {
    Issue other = new Issue("early-help", YearMonth.of(2022, 12), LocalDate.of(2023, 1, 4));
    Issue reissue = new Issue("cp", YearMonth.of(2022, 12), LocalDate.of(2023, 1, 20));
    Ledger ledger = Ledger.empty().with(DECEMBER, List.of(ytd(DECEMBER, "92.2%")))
        .with(other, List.of()).with(reissue, List.of(ytd(reissue, "92.3%")));
    assertThat(ledger.issueBefore(JANUARY)).contains(reissue);
    assertThat(ledger.issueBefore(reissue)).contains(DECEMBER);
    assertThat(ledger.issueBefore(DECEMBER)).isEmpty();
  }

  @Test
  void recordingAnIssueAgainReplacesItsFigures() {
    Ledger once = Ledger.empty().with(DECEMBER, List.of(ytd(DECEMBER, "92.2%")));
    Ledger twice = once.with(DECEMBER, List.of(ytd(DECEMBER, "92.3%")));
    assertThat(twice.entries()).extracting(LedgerEntry::text).containsExactly("92.3%");
  }

  @Test
  void revisionsSinceWalksConsecutiveIssuesOfEachPack() {
    Ledger ledger = Ledger.empty()
        .with(DECEMBER, List.of(month(DECEMBER, "reviews", "2022-11", "88.9%", "a.csv")))
        .with(JANUARY, List.of(month(JANUARY, "reviews", "2022-11", "90.1%", "b.csv")));
    assertThat(ledger.revisionsSince(YearMonth.of(2022, 11))).extracting(Revision::now).containsExactly("90.1%");
    assertThat(ledger.revisionsSince(YearMonth.of(2022, 12))).isEmpty();
  }

  @Test
  void theFileRoundTripsAndRejectsAForeignFile() throws IOException {
    Ledger ledger = Ledger.empty().with(DECEMBER, List.of(month(DECEMBER, "reviews", "2022-11", "=88.9%", "a.csv")));
    String csv = new String(LedgerFile.bytes(ledger), StandardCharsets.UTF_8);
    assertThat(csv).startsWith("pack,period,issued,ref,indicator,breakdown,field,figure_period,value,text,source,"
        + "scorepack_version,edition\ncp,2022-12,2023-01-04,4.7,reviews,,month,2022-11,'=88.9,'=88.9%,a.csv,,restricted\n");
    Diagnostics diagnostics = new Diagnostics();
    assertThat(LedgerFile.read(new StringReader(csv), "ledger/published.csv", diagnostics).entries())
        .isEqualTo(ledger.entries());
    assertThat(diagnostics.sorted()).isEmpty();

    LedgerFile.read(new StringReader("indicator,period\nx,2022-12\n"), "ledger/published.csv", diagnostics);
    assertThat(diagnostics.sorted()).singleElement().hasToString("ledger/published.csv:1:1: error: header: expected"
        + " the ledger header pack,period,issued,ref,indicator,breakdown,field,figure_period,value,text,source,"
        + "scorepack_version,edition (or an earlier version's); the file is not a scorepack ledger");
  }

  /** A ledger as the first release wrote it, before it had a scorepack_version column. */
  private static final String FORMAT_1 = "pack,period,issued,ref,indicator,breakdown,field,figure_period,value,text,"
      + "source\ncp,2022-12,2023-01-04,4.7,reviews,,month,2022-11,88.9,88.9%,a.csv\n"
      + "cp,2022-12,2023-01-04,4.7,reviews,,commentary,2022-12,,'=Two late,\n";

  @Test
  void issue18ALedgerInTheFirstFormatIsReadWithEveryFigureAndNoVersion() throws IOException {
    Diagnostics diagnostics = new Diagnostics();
    Ledger ledger = LedgerFile.read(new StringReader(FORMAT_1), "ledger/published.csv", diagnostics);
    assertThat(diagnostics.sorted()).isEmpty();
    assertThat(ledger.entries()).containsExactly(
        new LedgerEntry(DECEMBER, "4.7", "reviews", "", "month", YearMonth.of(2022, 11), "88.9", "88.9%", "a.csv", ""),
        new LedgerEntry(DECEMBER, "4.7", "reviews", "", "commentary", YearMonth.of(2022, 12), "", "=Two late", "", ""));
    // Written back, it is the current format: the same rows, each with an empty scorepack_version and
    // the restricted edition, the only one there was.
    assertThat(new String(LedgerFile.bytes(ledger), StandardCharsets.UTF_8)).isEqualTo(
        "pack,period,issued,ref,indicator,breakdown,field,figure_period,value,text,source,scorepack_version,edition\n"
            + "cp,2022-12,2023-01-04,4.7,reviews,,month,2022-11,88.9,88.9%,a.csv,,restricted\n"
            + "cp,2022-12,2023-01-04,4.7,reviews,,commentary,2022-12,,'=Two late,,,restricted\n");
  }

  @Test
  void issue18ALedgerFromANewerVersionIsRefusedAsSuch() throws IOException {
    Diagnostics diagnostics = new Diagnostics();
    LedgerFile.read(new StringReader(String.join(",", LedgerFormat.CURRENT.header()) + ",audience\n"),
        "ledger/published.csv", diagnostics);
    assertThat(diagnostics.sorted()).singleElement().asString().contains("written by a newer version of scorepack",
        "the columns audience after this version's");
  }

  @Test
  void issue18TheFileAsItWasIsKeptUnderItsFormatsNumber() {
    assertThat(LedgerFormat.V1.keptName("published.csv")).isEqualTo("published.v1.csv");
    assertThat(LedgerFormat.ofHeader(List.of(FORMAT_1.split("\n")[0].split(",")))).contains(LedgerFormat.V1);
  }

  @Test
  void issue16ValuesThatASpreadsheetWouldTakeForFormulasAreGuardedAndReadBackExactly() throws IOException {
    List<String> texts = List.of("=HYPERLINK(\"http://x\")", "+44 1234", "-Looked after", "@SUM(A1)", "'quoted'",
        "''", "-", "-3.5", "\tTab", "Plain", "");
    List<LedgerEntry> entries = texts.stream().map(t -> new LedgerEntry(DECEMBER, "4.7", t, t, "month",
        YearMonth.of(2022, 11), t, t, t)).toList();
    Ledger ledger = new Ledger(entries);
    String csv = new String(LedgerFile.bytes(ledger), StandardCharsets.UTF_8);

    assertThat(csv.lines().skip(1).map(line -> line.split(",", -1)[9])).containsExactly("\"'=HYPERLINK(\"\"http://x\"\")\"",
        "'+44 1234", "'-Looked after", "'@SUM(A1)", "''quoted'", "'''", "-", "-3.5", "'\tTab", "Plain", "");
    Diagnostics diagnostics = new Diagnostics();
    assertThat(LedgerFile.read(new StringReader(csv), "ledger/published.csv", diagnostics).entries())
        .isEqualTo(ledger.entries());
    assertThat(diagnostics.sorted()).isEmpty();
  }

  @Test
  void issue16ALedgerSavedByExcelWithAByteOrderMarkAndCrlfIsRead() throws IOException {
    Ledger ledger = Ledger.empty().with(DECEMBER, List.of(month(DECEMBER, "reviews", "2022-11", "88.9%", "a.csv"),
        ytd(DECEMBER, "92.2%")));
    String excel = "\uFEFF" + new String(LedgerFile.bytes(ledger), StandardCharsets.UTF_8).replace("\n", "\r\n");
    Diagnostics diagnostics = new Diagnostics();
    assertThat(LedgerFile.read(new StringReader(excel), "ledger/published.csv", diagnostics).entries())
        .isEqualTo(ledger.entries());
    assertThat(diagnostics.sorted()).isEmpty();
  }

  @Test
  void aRowWithABadMonthOrDateIsReportedAndTheOthersAreRead() throws IOException {
    String header = "pack,period,issued,ref,indicator,breakdown,field,figure_period,value,text,source\n";
    String csv = header
        + "cp,2022-12,2023-01-04,4.7,reviews,,month,2022-11,88.9,88.9%,a.csv\n"
        + "cp,2022-12,2023-01-04,4.7,reviews,,month,2022-13,97.3,97.3%,a.csv\n"
        + "cp,2022-12,4 Jan 2023,4.7,reviews,,ytd,2022-12,92.2,92.2%,\n"
        + "cp,2022-12,2023-01-04,4.7,reviews,,ytd,2022-12,92.2,92.2%,\n";
    Diagnostics diagnostics = new Diagnostics();
    Ledger ledger = LedgerFile.read(new StringReader(csv), "ledger/published.csv", diagnostics);

    assertThat(ledger.entries()).extracting(LedgerEntry::text).containsExactly("88.9%", "92.2%");
    assertThat(diagnostics.sorted()).extracting(Object::toString).containsExactly(
        "ledger/published.csv:3: error: expected months as YYYY-MM and the issue date as YYYY-MM-DD: 2022-13",
        "ledger/published.csv:4: error: expected months as YYYY-MM and the issue date as YYYY-MM-DD: 4 Jan 2023");
  }
}
