package scorepack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 16, cases 3, 4, 8 and 9: input that used to hang a run, crash it, get a library's message
 * or pass unnoticed is refused at once with our located message, exit 2 and nothing written.
 */
class Issue16BoundedInputTest {
  private static final String EXTRACT = "samples/2023-01-05-extract.csv";
  private static final String HEADER = "indicator,period,breakdown,value,numerator,denominator\n";

  @TempDir
  Path temp;

  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of("an exponent that took minutes to expand", EXTRACT,
            bytes(HEADER + "children-looked-after,2022-12,,,1e-99999999,\n"),
            EXTRACT + ":2:5: error: column numerator: the number '1e-99999999' is out of range"),
        Arguments.of("an exponent past BigInteger's range", EXTRACT,
            bytes(HEADER + "children-looked-after,2022-12,,,1e-999999999,\n"),
            EXTRACT + ":2:5: error: column numerator: the number '1e-999999999' is out of range"),
        Arguments.of("an exponent past an int", EXTRACT, bytes(HEADER + "children-looked-after,2022-12,,1e2147483648,,\n"),
            EXTRACT + ":2:4: error: column value: the number '1e2147483648' is out of range"),
        Arguments.of("a number of 400 digits", EXTRACT,
            bytes(HEADER + "children-looked-after,2022-12,,," + "9".repeat(400) + ",\n"),
            EXTRACT + ":2:5: error: column numerator: expected a number of at most 64 characters"),
        Arguments.of("a fractional count", EXTRACT, bytes(HEADER + "children-looked-after,2022-12,,,500.5,\n"),
            EXTRACT + ":2:5: error: column numerator: expected a whole number (a count), found 500.5"),
        Arguments.of("a fractional denominator", EXTRACT, bytes(HEADER + "reviews-in-time,2022-12,,,36,37.5\n"),
            EXTRACT + ":2:6: error: column denominator: expected a whole number (a count), found 37.5"),
        Arguments.of("the year 0000", EXTRACT, bytes(HEADER + "children-looked-after,0000-01,,,500,\n"),
            EXTRACT + ":2:2: error: column period: expected a month from 2000-01 to 2100-12, found '0000-01'"),
        Arguments.of("the year 2101", EXTRACT, bytes(HEADER + "children-looked-after,2101-01,,,500,\n"),
            EXTRACT + ":2:2: error: column period: expected a month from 2000-01 to 2100-12, found '2101-01'"),
        Arguments.of("a control character in a value", EXTRACT,
            bytes(HEADER + "children-looked-after,2022-12,\u0007,,500,\n"),
            EXTRACT + ":2:3: error: column breakdown: the value holds the control character U+0007"),
        Arguments.of("a Windows-1252 extract", EXTRACT,
            (HEADER + "children-looked-after,2022-12,Caf\u00e9,,500,\n").getBytes(StandardCharsets.ISO_8859_1),
            EXTRACT + ":2:34: error: byte 0xE9 is not UTF-8 text; the file looks saved in another encoding, such as"
                + " Windows-1252 (Excel's 'CSV (Comma delimited)'): save it again as 'CSV UTF-8 (Comma delimited)'"),
        Arguments.of("a line with no end", EXTRACT, bytes(HEADER + "x".repeat(50_000)),
            EXTRACT + ":2:10001: error: the line is longer than 10,000 characters"),
        Arguments.of("a YAML title of 5 MB", "indicators/mini.yaml",
            bytes(mini().replace("No. of looked after children", "x".repeat(5_000_000))),
            "indicators/mini.yaml:3:10001: error: the line is longer than 10,000 characters"),
        Arguments.of("a tab in YAML", "indicators/mini.yaml", bytes(mini().replace("    unit: count", "\tunit: count")),
            "indicators/mini.yaml:4:1: error: not valid YAML: found character '\\t(TAB)' that cannot start any"
                + " token. (Do not use \\t(TAB) for indentation); indent with spaces, not tabs"),
        Arguments.of("a Windows-1252 YAML file", "glossary.yaml",
            "terms:\n  - term: Caf\u00e9\n    definition: x\n".getBytes(StandardCharsets.ISO_8859_1),
            "glossary.yaml:2:14: error: byte 0xE9 is not UTF-8 text; the file looks saved in another encoding,"
                + " such as Windows-1252: save it again as UTF-8"),
        Arguments.of("a YAML alias", "glossary.yaml",
            bytes("terms:\n  - term: &t Year to date (YTD)\n    definition: *t\n"),
            "glossary.yaml:3:17: error: terms[0].definition: '*t' is a YAML alias, which scorepack does not read"),
        Arguments.of("YAML nested 60 deep", "glossary.yaml",
            bytes("terms:\n  - term: x\n    definition: " + "[".repeat(60) + "]".repeat(60) + "\n"),
            "glossary.yaml:3:35: error: terms[0].definition"),
        Arguments.of("a control character in YAML text", "glossary.yaml",
            bytes("terms:\n  - term: Year to date (YTD)\n    definition: \"a\\x07b\"\n"),
            "glossary.yaml:3:17: error: terms[0].definition: the text holds the control character U+0007"),
        Arguments.of("a zip bomb", "samples/2023-01-06-extract.xlsx", zipOf(" ".repeat(30 << 20).getBytes(
            StandardCharsets.US_ASCII)), "samples/2023-01-06-extract.xlsx: error: its part xl/worksheets/sheet1.xml"
                + " expands more than 100 times over, as a zip bomb does"),
        Arguments.of("a sheet past the limit", "samples/2023-01-06-extract.xlsx", zipOf(noise(21_000_000)),
            "samples/2023-01-06-extract.xlsx: error: its part xl/worksheets/sheet1.xml expands to more than 20 MB"),
        Arguments.of("a password-protected workbook", "samples/2023-01-06-extract.xlsx", ole2(),
            "samples/2023-01-06-extract.xlsx: error: the workbook is protected by a password"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  @Timeout(20)
  void isRefusedAtOnceWithALocatedMessageAndNothingWritten(String name, String file, byte[] content, String expected)
      throws IOException {
    Path ws = MiniWorkspace.copyTo(temp.resolve("ws"));
    Files.write(ws.resolve(file), content);
    long start = System.nanoTime();
    CliRun run = CliRun.of("generate", "--workspace", ws.toString());
    assertThat((System.nanoTime() - start) / 1e9).as("seconds").isLessThan(10);
    assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
    assertThat(run.err()).contains(expected).contains("nothing was written")
        .doesNotContain("Exception", "bug", "HSSF", "BigInteger", "overflow");
    assertThat(ws.resolve("out")).doesNotExist();
    assertThat(ws.resolve("ledger")).doesNotExist();
  }

  @Test
  void aYamlFileLargerThanTheLimitInScorepackYamlIsRefusedBeforeItIsRead() throws IOException {
    Path ws = MiniWorkspace.copyTo(temp.resolve("ws"));
    Files.writeString(ws.resolve("scorepack.yaml"), "limits:\n  yaml_file_kilobytes: 1\n  line_characters: 200\n");
    Files.writeString(ws.resolve("glossary.yaml"), "terms:\n" + "  - { term: t, definition: d }\n".repeat(60));
    CliRun run = CliRun.of("generate", "--workspace", ws.toString());
    assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
    assertThat(run.err()).contains("glossary.yaml: error: cannot be read: the file is larger than 1 kB; expected a YAML file of"
        + " definitions (or raise limits.yaml_file_kilobytes in scorepack.yaml)");
    assertThat(ws.resolve("out")).doesNotExist();
  }

  @Test
  void aLimitThatIsNotAWholeNumberIsBadInput() throws IOException {
    Path ws = MiniWorkspace.copyTo(temp.resolve("ws"));
    Files.writeString(ws.resolve("scorepack.yaml"), "limits:\n  line_characters: 0\n  xlsx_sheets: 3\n");
    CliRun run = CliRun.of("validate", "--workspace", ws.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("scorepack.yaml:2:20: error: limits.line_characters: expected a whole number"
        + " from 1 to 10000000, found '0'").contains("scorepack.yaml:3:3: error: limits.xlsx_sheets: unknown key");
  }

  @Test
  void aHeaderOnlyExtractIsAWarning() throws IOException {
    Path ws = MiniWorkspace.copyTo(temp.resolve("ws"));
    Files.writeString(ws.resolve(EXTRACT), HEADER);
    CliRun run = CliRun.of("validate", "--workspace", ws.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err()).contains(EXTRACT + ":1: warning: the extract has a header row and no figures");
  }

  @Test
  void aPopulationYearOutsideTheRangeIsBadInput() throws IOException {
    Path ws = MiniWorkspace.copyTo(temp.resolve("ws"));
    Files.createDirectories(ws.resolve("reference"));
    Files.writeString(ws.resolve("reference/population.csv"), "population,year,count\nchildren,0000,1000.5\n");
    CliRun run = CliRun.of("validate", "--workspace", ws.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("reference/population.csv:2:2: error: column year: expected a year from 2000 to"
        + " 2100, found '0000'");
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static String mini() {
    try {
      return Files.readString(Path.of("src/test/resources/workspaces/mini/indicators/mini.yaml"));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Bytes that do not compress, so that a part of this size is large without being a zip bomb. */
  private static byte[] noise(int size) {
    byte[] b = new byte[size];
    new Random(16).nextBytes(b);
    return b;
  }

  private static byte[] zipOf(byte[] sheet) {
    try (var bytes = new java.io.ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
      zip.write(sheet);
      zip.closeEntry();
      zip.finish();
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** What Excel writes for a workbook with a password: an OLE2 file, which POI called "OLE2, use HSSF". */
  private static byte[] ole2() {
    byte[] b = new byte[4096];
    byte[] magic = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
    System.arraycopy(magic, 0, b, 0, magic.length);
    return b;
  }
}
