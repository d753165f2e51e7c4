package scorepack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each kind of bad input a month-end meets: generate exits 2 with a message naming the file, the
 * place and what was expected and found, and writes no pack and no ledger.
 */
class BadInputTest {
  private static final String EXTRACT = "samples/2023-01-05-extract.csv";
  private static final String HEADER = "indicator,period,breakdown,value,numerator,denominator\n";

  @TempDir
  Path temp;

  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of("unbalanced quotes", EXTRACT, HEADER + "reviews-in-time,2022-12,,\"36,36,37\n",
            EXTRACT + ":2:"),
        Arguments.of("wrong column count", EXTRACT, HEADER + "reviews-in-time,2022-12,,,36\n",
            EXTRACT + ":2:6: error: expected 6 values"),
        Arguments.of("missing header column", EXTRACT, "indicator,value\nreviews-in-time,36\n",
            EXTRACT + ":1: error: header: the required column 'period' is missing"),
        Arguments.of("non-numeric count", EXTRACT, HEADER + "children-looked-after,2022-12,,,lots,\n",
            EXTRACT + ":2:5: error: column numerator: expected a number, found 'lots'"),
        Arguments.of("negative count", EXTRACT, HEADER + "children-looked-after,2022-12,,,-551,\n",
            EXTRACT + ":2:5: error: column numerator: expected a number of zero or more, found -551"),
        Arguments.of("numerator above denominator", EXTRACT, HEADER + "reviews-in-time,2022-12,,,38,37\n",
            EXTRACT + ":2:5: error: column numerator: the numerator 38 is larger than the denominator 37"),
        Arguments.of("period not YYYY-MM", EXTRACT, HEADER + "reviews-in-time,Dec-22,,,36,37\n",
            EXTRACT + ":2:2: error: column period: expected a month as YYYY-MM, found 'Dec-22'"),
        Arguments.of("period after the extract's date", EXTRACT, HEADER + "reviews-in-time,2023-02,,,36,37\n",
            EXTRACT + ":2:2: error: column period: the month 2023-02 lies after the extract's own date 2023-01-05"),
        Arguments.of("same figure twice", EXTRACT,
            HEADER + "reviews-in-time,2022-12,,,36,37\nreviews-in-time,2022-12,,,35,37\n",
            EXTRACT + ":3:2: error: column period: the same figure (reviews-in-time, 2022-12) is given twice"),
        Arguments.of("unknown indicator", EXTRACT, HEADER + "reviews-on-time,2022-12,,,36,37\n",
            EXTRACT + ":2:1: error: column indicator: unknown indicator 'reviews-on-time' (did you mean"
                + " 'reviews-in-time'?)"),
        Arguments.of("unknown breakdown", EXTRACT, HEADER + "reviews-in-time,2022-12,Familes,,36,37\n",
            EXTRACT + ":2:3: error: column breakdown: unknown breakdown 'Familes' for 'reviews-in-time'"),
        Arguments.of("ambiguous decimal comma", EXTRACT,
            "indicator;period;value\nchildren-looked-after;2022-12;551,5\n",
            EXTRACT + ":2:3: error: column value: '551,5' is ambiguous in a semicolon-separated file"),
        Arguments.of("XLSX that is not a workbook", "samples/2023-01-06-extract.xlsx", HEADER,
            "samples/2023-01-06-extract.xlsx: error: cannot be read as an XLSX workbook"),
        Arguments.of("YAML syntax error", "indicators/mini.yaml", "indicators:\n  - id: [unclosed\n",
            "indicators/mini.yaml:"),
        Arguments.of("misspelt YAML key", "indicators/mini.yaml", mini().replace("polarity: info", "polarty: info"),
            "indicators/mini.yaml:5:5: error: indicators[0].polarty: unknown key 'polarty' (did you mean 'polarity'?)"),
        Arguments.of("missing required key", "indicators/mini.yaml", mini().replace("    unit: count\n", ""),
            "indicators/mini.yaml:2:5: error: indicators[0].unit: the required key 'unit' is missing"),
        Arguments.of("contradictory tolerances", "indicators/mini.yaml",
            mini().replace("{ green: 95, amber: 87 }", "{ green: 80, amber: 87 }"),
            "error: indicators[1].tolerances.2022/23: contradictory tolerances"),
        Arguments.of("template row with an unknown indicator", "templates/mini.yaml",
            template().replace("indicator: reviews-in-time", "indicator: reviews"),
            "templates/mini.yaml:11:9: error: row 1.2: unknown indicator 'reviews' (did you mean"));
  }

  private static String mini() {
    return read("indicators/mini.yaml");
  }

  private static String template() {
    return read("templates/mini.yaml");
  }

  private static String read(String file) {
    try {
      return Files.readString(Path.of("src/test/resources/workspaces/mini").resolve(file));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void isRejectedWithAPreciseMessageAndNothingWritten(String name, String file, String content, String expected)
      throws IOException {
    Path ws = MiniWorkspace.copyTo(temp.resolve("ws"));
    Files.writeString(ws.resolve(file), content, StandardCharsets.UTF_8);
    CliRun run = CliRun.of("generate", "--workspace", ws.toString());
    assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
    assertThat(run.err()).contains(expected).contains("nothing was written").doesNotContain("Exception");
    assertThat(ws.resolve("out")).doesNotExist();
    assertThat(ws.resolve("ledger")).doesNotExist();
  }

  @Test
  void aBrokenDefinitionIsReportedOnceNotInEveryRowThatNamesIt() throws IOException {
    Path ws = MiniWorkspace.copyTo(temp.resolve("ws"));
    Files.writeString(ws.resolve("indicators/mini.yaml"), mini().replace("    unit: count\n", ""));
    CliRun run = CliRun.of("validate", "--workspace", ws.toString());
    assertThat(run.err()).doesNotContain("unknown indicator").contains("scorepack: 1 error(s)");
  }
}
