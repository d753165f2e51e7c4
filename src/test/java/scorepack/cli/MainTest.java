package scorepack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
  @TempDir
  Path temp;

  private Path copyOfMini() throws IOException {
    return MiniWorkspace.copyTo(temp.resolve("ws"));
  }

  @Test
  void helpListsTheSubcommandsAndExitCodes() {
    CliRun run = CliRun.of("--help");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("generate", "validate", "Exit codes:", "2   bad input or usage");
  }

  @Test
  void versionIsPrinted() {
    CliRun run = CliRun.of("--version");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("scorepack " + pomVersion() + System.lineSeparator());
  }

  /** The version as pom.xml sets it, read independently of the code under test. */
  private static String pomVersion() {
    try {
      java.util.regex.Matcher m = java.util.regex.Pattern
          .compile("<artifactId>scorepack</artifactId>\\s*<version>([^<]+)</version>")
          .matcher(Files.readString(Path.of("pom.xml")));
      assertThat(m.find()).isTrue();
      return m.group(1);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void helpOnASubcommandShowsItsOptions() {
    CliRun run = CliRun.of("help", "generate");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("--period", "--pack", "--format", "--out", "--workspace", "--data");
  }

  @Test
  void everyHelpPageHasExamplesAndTheExitCodes() {
    for (String command : List.of("generate", "validate", "explain", "revisions", "init", "help")) {
      CliRun run = CliRun.of("help", command);
      assertThat(run.exitCode()).isZero();
      assertThat(run.out()).as(command).contains("Examples:", "  scorepack " + command, "Exit codes:");
    }
    assertThat(CliRun.of("--help").out()).contains("Examples:", "scorepack init", "ODS");
  }

  @Test
  void asOfHelpSaysOnlyGenerateWritesTheDate() {
    // Regression: --as-of, shared with generate, said explain would "write it as the date created".
    String help = CliRun.of("help", "explain").out().replaceAll("\\s+", " ");
    assertThat(help).contains("--as-of=YYYY-MM-DD Use only the extracts taken on or before this date, as they stood"
        + " then; generate writes it as the packs' date created").doesNotContain("and write it");
  }

  @Test
  void aMisspeltOptionOrSubcommandGetsTheNearestName() {
    CliRun option = CliRun.of("generate", "--perod", "2022-12");
    assertThat(option.exitCode()).isEqualTo(2);
    assertThat(option.err()).contains("Did you mean '--period'?");
    assertThat(CliRun.of("generate", "--fromat=pdf").err()).contains("Did you mean '--format'?");
    CliRun subcommand = CliRun.of("genrate");
    assertThat(subcommand.exitCode()).isEqualTo(2);
    assertThat(subcommand.err()).contains("'genrate'", "Did you mean 'generate'?");
    assertThat(CliRun.of("generate", "--xyzzy").err()).doesNotContain("Did you mean");
  }

  @Test
  void anUnknownOptionIsAUsageError() {
    CliRun run = CliRun.of("generate", "--perod", "2022-12");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("Unknown option", "'--perod'").doesNotContain("Exception");
  }

  @Test
  void generateWritesTheChosenFormatsForTheLatestMonth() throws IOException {
    Path ws = copyOfMini();
    CliRun run = CliRun.of("generate", "--workspace", ws.toString(), "--format", "csv");
    assertThat(run.exitCode()).as(run.err()).isZero();
    Path csv = ws.resolve("out/mini-2022-12.csv");
    assertThat(csv).exists();
    assertThat(ws.resolve("out/mini-2022-12.pdf")).doesNotExist();
    List<String> lines = Files.readAllLines(csv);
    assertThat(lines.get(0)).isEqualTo("pack,section,ref,indicator,breakdown,field,period,value,text,reference_period");
    // 36 / 37 = 97.3% in December: green against 95%+, up from 48 / 54 = 88.9% in November.
    assertThat(lines).contains(
        "mini,CHILDREN,1.2,reviews-in-time,,month,2022-12,97.297297,97.3%,",
        "mini,CHILDREN,1.2,reviews-in-time,,month,2022-11,88.888889,88.9%,",
        "mini,CHILDREN,1.2,reviews-in-time,,rag_month,2022-12,green,Green,",
        "mini,CHILDREN,1.2,reviews-in-time,,dot_month,2022-12,up,↑,",
        "mini,CHILDREN,1.2,reviews-in-time,,red,2022-12,87,<87%,",
        "mini,CHILDREN,1.1,children-looked-after,,month,2022-12,551,551,",
        "mini,CHILDREN,1.1,children-looked-after,,dot_month,2022-12,down,↓,");
    // The October figure was re-run in the January extract: 44 / 50, not 43 / 50.
    assertThat(lines).contains("mini,CHILDREN,1.2,reviews-in-time,,month,2022-10,88,88.0%,");
  }

  @Test
  void formatsAndPacksCanBeListedWithCommas() throws IOException {
    Path ws = copyOfMini();
    CliRun run = CliRun.of("generate", "--workspace", ws.toString(), "--format", "csv,pdf", "--pack", "mini");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(ws.resolve("out/mini-2022-12.csv")).exists();
    assertThat(ws.resolve("out/mini-2022-12.pdf")).exists();
    assertThat(ws.resolve("out/mini-2022-12.xlsx")).doesNotExist();
  }

  @Test
  void sameInputsGiveTheSameBytes() throws IOException {
    Path ws = copyOfMini();
    Map<String, String> env = Map.of("SOURCE_DATE_EPOCH", "1675123200");
    assertThat(CliRun.withEnv(env, "generate", "--workspace", ws.toString(), "--out", temp.resolve("a").toString())
        .exitCode()).isZero();
    assertThat(CliRun.withEnv(env, "generate", "--workspace", ws.toString(), "--out", temp.resolve("b").toString())
        .exitCode()).isZero();
    try (Stream<Path> files = Files.list(temp.resolve("a"))) {
      List<Path> written = files.sorted().toList();
      assertThat(written).isNotEmpty();
      for (Path f : written) {
        if (f.getFileName().toString().equals("scorepack-run.json")) {
          continue; // the one output that holds times: when the run started and finished
        }
        assertThat(Files.readAllBytes(f)).as(f.getFileName().toString())
            .isEqualTo(Files.readAllBytes(temp.resolve("b").resolve(f.getFileName())));
      }
    }
  }

  @Test
  void validateSaysAGoodWorkspaceIsValid() throws IOException {
    CliRun run = CliRun.of("validate", "--workspace", copyOfMini().toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("the workspace is valid: 2 indicators, 1 templates, 2 extracts (9 rows)");
  }

  @Test
  void validateListsEveryProblemAndExitsTwo() throws IOException {
    Path ws = copyOfMini();
    Files.writeString(ws.resolve("samples/2023-01-05-extract.csv"),
        "indicator,period,breakdown,value,numerator,denominator\nreviews-in-tme,2022-12,,,1,2\n"
            + "reviews-in-time,2022-12,,,3,2\n", java.nio.charset.StandardCharsets.UTF_8);
    Files.writeString(ws.resolve("templates/mini.yaml"),
        Files.readString(ws.resolve("templates/mini.yaml")).replace("children-looked-after", "children-looked"));
    CliRun run = CliRun.of("validate", "--workspace", ws.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains(
        "samples/2023-01-05-extract.csv:2:1: error: column indicator: unknown indicator 'reviews-in-tme' (did you mean 'reviews-in-time'?)",
        "samples/2023-01-05-extract.csv:3:5: error: column numerator: the numerator 3 is larger than the denominator 2",
        "templates/mini.yaml:10:9: error: row 1.1: unknown indicator 'children-looked' (did you mean 'children-looked-after'?)",
        "3 error(s)");
  }

  @Test
  void badInputWritesNothingAndKeepsThePreviousPack() throws IOException {
    Path ws = copyOfMini();
    assertThat(CliRun.of("generate", "--workspace", ws.toString(), "--format", "csv").exitCode()).isZero();
    Path csv = ws.resolve("out/mini-2022-12.csv");
    byte[] before = Files.readAllBytes(csv);
    byte[] record = Files.readAllBytes(ws.resolve("out/scorepack-run.json"));
    Files.writeString(ws.resolve("samples/2023-01-05-extract.csv"), "indicator,period\nnope,2022-12\n");
    CliRun run = CliRun.of("generate", "--workspace", ws.toString(), "--format", "csv");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("unknown indicator 'nope'", "nothing was written").doesNotContain("at scorepack");
    assertThat(Files.readAllBytes(csv)).isEqualTo(before);
    try (Stream<Path> files = Files.list(ws.resolve("out"))) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("mini-2022-12.csv",
          "scorepack-run.json");
    }
    assertThat(Files.readAllBytes(ws.resolve("out/scorepack-run.json"))).as("the previous run's record").isEqualTo(record);
  }

  @Test
  void anUnknownPackSuggestsTheNearestTemplate() throws IOException {
    CliRun run = CliRun.of("generate", "--workspace", copyOfMini().toString(), "--pack", "minni");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("unknown pack 'minni' (did you mean 'mini'?)");
  }

  @Test
  void aPeriodAfterTheDataIsRejected() throws IOException {
    CliRun run = CliRun.of("generate", "--workspace", copyOfMini().toString(), "--period", "2023-05");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--period 2023-05 is after the latest month the extracts hold (2022-12)");
  }

  @Test
  void aMalformedPeriodIsAUsageError() throws IOException {
    CliRun run = CliRun.of("generate", "--workspace", copyOfMini().toString(), "--period", "Dec 2022");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("Invalid value for option '--period': expects a month as YYYY-MM, found 'Dec 2022'");
  }

  @Test
  void explainShowsTheRuleRowsRevisionsBandAndDirection() throws IOException {
    CliRun run = CliRun.of("explain", "reviews-in-time", "--period", "2022-12", "--workspace", copyOfMini().toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains(
        "Dec 2022: 97.3%",
        "rule: Dec 2022 = numerator / denominator × 100 = 36 / 37",
        "row:  samples/2023-01-05-extract.csv:6 (extracted 2023-01-05)",
        "DOT (month): ↑ improving (Nov 2022 → Dec 2022: 88.9 → 97.3 at display precision; high is good)",
        "RAG (month): 97.3 is in the green band (95+): Green",
        "Oct 2022: samples/2023-01-05-extract.csv:4 (extracted 2023-01-05) replaced"
            + " samples/2022-11-04-extract.csv:5 (extracted 2022-11-04)",
        "Year to date Apr 2022–Dec 2022: no figure for Apr 2022, May 2022, Jun 2022, Jul 2022, Aug 2022");
  }

  @Test
  void explainSuggestsAKnownIndicator() throws IOException {
    CliRun run = CliRun.of("explain", "reviews", "--workspace", copyOfMini().toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("unknown indicator 'reviews' (did you mean 'reviews-in-time'?)");
  }
}
