package scorepack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 18, point 4: operating a run: the run record, the log, the ledger's upgrade, authorities. */
class Issue18OperationsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path temp;

  private static String sha256(Path file) throws IOException, NoSuchAlgorithmException {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
  }

  @Test
  void aSuccessfulRunPublishesItsRecordWithEveryInputAndOutputAndTheirDigests() throws Exception {
    Path ws = MiniWorkspace.copyTo(temp.resolve("ws"));
    CliRun run = CliRun.withEnv(Map.of("SOURCE_DATE_EPOCH", "1675123200"), "generate", "--workspace", ws.toString(),
        "--format", "csv,pdf");
    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode record = JSON.readTree(ws.resolve("out/scorepack-run.json").toFile());
    assertThat(record.get("record").asText()).isEqualTo("scorepack run");
    assertThat(record.get("scorepack_version").asText()).isNotBlank();
    assertThat(record.get("period").asText()).isEqualTo("2022-12");
    assertThat(record.get("as_of").isNull()).isTrue();
    assertThat(record.get("issued").asText()).isEqualTo("2023-01-31"); // SOURCE_DATE_EPOCH 1675123200
    assertThat(record.get("exit_code").asInt()).isZero();
    assertThat(record.get("outcome").asText()).isEqualTo("published");
    assertThat(record.get("duration_seconds").asDouble()).isGreaterThanOrEqualTo(0);
    assertThat(Instant.parse(record.get("finished").asText())).isAfterOrEqualTo(Instant.parse(record.get("started").asText()));
    List<String> inputs = new ArrayList<>();
    for (JsonNode f : record.get("inputs")) {
      inputs.add(f.get("path").asText());
      assertThat(f.get("sha256").asText()).as(f.get("path").asText()).isEqualTo(sha256(ws.resolve(f.get("path").asText())));
      assertThat(f.get("size").asLong()).isEqualTo(Files.size(ws.resolve(f.get("path").asText())));
    }
    assertThat(inputs).containsExactly("glossary.yaml", "indicators/mini.yaml", "templates/mini.yaml",
        "samples/2022-11-04-extract.csv", "samples/2023-01-05-extract.csv");
    List<String> outputs = new ArrayList<>();
    for (JsonNode f : record.get("outputs")) {
      Path file = ws.resolve(f.get("path").asText());
      outputs.add(f.get("path").asText());
      assertThat(f.get("size").asLong()).as(f.get("path").asText()).isEqualTo(Files.size(file));
      assertThat(f.get("sha256").asText()).as(f.get("path").asText()).isEqualTo(sha256(file));
    }
    assertThat(outputs).containsExactlyInAnyOrder("out/mini-2022-12.pdf", "out/mini-2022-12.csv",
        "ledger/published.csv");

    // The next run reads the ledger the first one wrote: it is an input, by its digest then.
    String ledgerBefore = sha256(ws.resolve("ledger/published.csv"));
    CliRun.of("generate", "--workspace", ws.toString(), "--format", "csv");
    JsonNode second = JSON.readTree(ws.resolve("out/scorepack-run.json").toFile());
    assertThat(second.get("inputs").findValuesAsText("sha256")).contains(ledgerBefore);
  }

  @Test
  void aCsvWrittenWithAByteOrderMarkIsRecordedByTheBytesOnTheDisk() throws Exception {
    Path ws = MiniWorkspace.copyTo(temp.resolve("ws"));
    CliRun run = CliRun.of("generate", "--workspace", ws.toString(), "--format", "csv", "--bom");
    assertThat(run.exitCode()).as(run.err()).isZero();
    Path csv = ws.resolve("out/mini-2022-12.csv");
    assertThat(Files.readAllBytes(csv)).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
    JsonNode record = JSON.readTree(ws.resolve("out/scorepack-run.json").toFile());
    JsonNode entry = null;
    for (JsonNode f : record.get("outputs")) {
      if (f.get("path").asText().equals("out/mini-2022-12.csv")) {
        entry = f;
      }
    }
    assertThat(entry).as("the CSV's entry in the record").isNotNull();
    assertThat(entry.get("size").asLong()).isEqualTo(Files.size(csv));
    assertThat(entry.get("sha256").asText()).isEqualTo(sha256(csv));
  }

  @Test
  void theRecordCountsTheWarningsByKind() throws IOException {
    Path ws = MiniWorkspace.copyTo(temp.resolve("ws"));
    Files.writeString(ws.resolve("samples/2023-01-05-extract.csv"), Files.readString(
        ws.resolve("samples/2023-01-05-extract.csv")).replaceAll("reviews-in-time,2022-12,.*\\n", ""));
    assertThat(CliRun.of("generate", "--workspace", ws.toString(), "--format", "csv").exitCode()).isZero();
    JsonNode warnings = JSON.readTree(ws.resolve("out/scorepack-run.json").toFile()).get("warnings");
    assertThat(warnings.get("total").asInt()).isEqualTo(1);
    assertThat(warnings.get("by_kind").get("no_figure_for_period").asInt()).isEqualTo(1);
  }

  @Test
  void theLogGetsEveryLineTimedAndAFailedRunsRecordWhileOutIsUntouched() throws IOException {
    Path ws = MiniWorkspace.copyTo(temp.resolve("ws"));
    Path log = temp.resolve("scorepack.log");
    Clock clock = Clock.fixed(Instant.parse("2023-02-06T06:30:00Z"), ZoneOffset.UTC);
    CliRun first = CliRun.withEnvOn(Map.of(), clock, "generate", "--workspace", ws.toString(), "--format", "csv",
        "--quiet", "--log", log.toString());
    assertThat(first.exitCode()).isZero();
    assertThat(first.out() + first.err()).isEmpty();
    byte[] record = Files.readAllBytes(ws.resolve("out/scorepack-run.json"));
    byte[] pack = Files.readAllBytes(ws.resolve("out/mini-2022-12.csv"));

    Files.writeString(ws.resolve("samples/2023-01-05-extract.csv"), "indicator,period\nnope,2022-12\n");
    CliRun failed = CliRun.withEnvOn(Map.of(), clock, "generate", "--workspace", ws.toString(), "--format", "csv",
        "--quiet", "--log", log.toString());
    assertThat(failed.exitCode()).isEqualTo(2);
    assertThat(Files.readAllBytes(ws.resolve("out/scorepack-run.json"))).isEqualTo(record);
    assertThat(Files.readAllBytes(ws.resolve("out/mini-2022-12.csv"))).isEqualTo(pack);

    List<String> lines = Files.readAllLines(log);
    assertThat(lines).allMatch(l -> l.matches("2023-02-06T06:30:00Z \\[\\d+] .*"));
    assertThat(lines.get(0)).contains("scorepack ", ": generate in " + ws);
    assertThat(lines).anyMatch(l -> l.endsWith("wrote " + ws.resolve("out/mini-2022-12.csv") + " (" + pack.length
        + " bytes)"));
    assertThat(lines).anyMatch(l -> l.contains("error: column indicator: unknown indicator 'nope'"));
    String failedRecord = lines.stream().filter(l -> l.contains("scorepack: run record: ")).findFirst().orElseThrow();
    JsonNode json = JSON.readTree(failedRecord.substring(failedRecord.indexOf('{')));
    assertThat(json.get("exit_code").asInt()).isEqualTo(2);
    assertThat(json.get("errors").asInt()).isEqualTo(1);
    assertThat(json.get("outcome").asText()).contains("nothing was written");
    assertThat(lines.stream().filter(l -> l.endsWith("scorepack: finished with exit code 0"))).hasSize(1);
    assertThat(lines.get(lines.size() - 1)).endsWith("scorepack: finished with exit code 2");
  }

  @Test
  void aLedgerAnEarlierVersionWroteIsUpgradedInPlaceKeepingEveryIssueAndTheFileAsItWas() throws IOException {
    Path ws = MiniWorkspace.copyTo(temp.resolve("ws"));
    Files.createDirectories(ws.resolve("ledger"));
    // October's issue as the first release recorded it: 86.0%, since re-run as 88.0%.
    String firstFormat = "pack,period,issued,ref,indicator,breakdown,field,figure_period,value,text,source\n"
        + "mini,2022-10,2022-11-04,1.2,reviews-in-time,,month,2022-10,86,86.0%,samples/2022-11-04-extract.csv\n";
    Files.writeString(ws.resolve("ledger/published.csv"), firstFormat);
    CliRun run = CliRun.of("generate", "--workspace", ws.toString(), "--format", "csv");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("from ledger format 1 to 3, every issue kept");
    List<String> ledger = Files.readAllLines(ws.resolve("ledger/published.csv"));
    assertThat(ledger.get(0)).endsWith(",source,scorepack_version,edition");
    assertThat(ledger).contains(
        "mini,2022-10,2022-11-04,1.2,reviews-in-time,,month,2022-10,86,86.0%,samples/2022-11-04-extract.csv,,restricted");
    assertThat(Files.readString(ws.resolve("ledger/published.v1.csv"))).isEqualTo(firstFormat);
    // The upgraded history still gives the revision.
    assertThat(CliRun.of("revisions", "--workspace", ws.toString()).out()).contains("2022-10: 86.0% → 88.0%");
    // A second run finds the current format, and leaves the kept copy alone.
    CliRun again = CliRun.of("generate", "--workspace", ws.toString(), "--format", "csv");
    assertThat(again.out()).doesNotContain("upgrading");
    assertThat(Files.readString(ws.resolve("ledger/published.v1.csv"))).isEqualTo(firstFormat);
  }

  @Test
  void validateReadsTheLedgerAsGenerateDoes() throws IOException {
    Path ws = MiniWorkspace.copyTo(temp.resolve("ws"));
    Files.createDirectories(ws.resolve("ledger"));
    Files.writeString(ws.resolve("ledger/published.csv"), "not,a,ledger\n");
    CliRun validate = CliRun.of("validate", "--workspace", ws.toString());
    CliRun generate = CliRun.of("generate", "--workspace", ws.toString());
    assertThat(validate.exitCode()).isEqualTo(2).isEqualTo(generate.exitCode());
    assertThat(validate.err()).contains("ledger/published.csv:1:1: error: header: expected the ledger header");
    assertThat(generate.err()).contains("ledger/published.csv:1:1: error: header: expected the ledger header");
  }

  @Test
  void validateChecksTheChosenPeriodPackAndAuthority() throws IOException {
    Path ws = MiniWorkspace.copyForAuthorities(temp.resolve("ws"), "barnsley", "rotherham");
    Files.writeString(ws.resolve("samples/rotherham/2023-01-05-extract.csv"),
        "indicator,period,breakdown,value,numerator,denominator\nreviews-in-time,2022-12,,,38,37\n");
    CliRun outOfRange = CliRun.of("validate", "--workspace", ws.toString(), "--period", "2023-06");
    assertThat(outOfRange.exitCode()).isEqualTo(2);
    assertThat(outOfRange.err()).contains("--period 2023-06 is after the latest month the extracts hold (2022-12)");
    assertThat(CliRun.of("validate", "--workspace", ws.toString(), "--pack", "mni").err())
        .contains("unknown pack 'mni' (did you mean 'mini'?)");

    CliRun all = CliRun.of("validate", "--workspace", ws.toString(), "--authority", "ALL");
    assertThat(all.exitCode()).isEqualTo(2);
    assertThat(all.err()).contains("samples/rotherham/2023-01-05-extract.csv:2:5: error: rotherham: column numerator",
        "no packs can be built for rotherham");
    CliRun barnsley = CliRun.of("validate", "--workspace", ws.toString(), "--authority", "barnsley");
    assertThat(barnsley.exitCode()).as(barnsley.err()).isZero();
    assertThat(barnsley.out()).contains("barnsley: 1 pack(s) for 2022-12 checked");
    assertThat(ws.resolve("out")).doesNotExist();
    assertThat(ws.resolve("ledger")).doesNotExist();
  }

  @Test
  void validateUnderAllCountsEveryAuthoritysExtracts() throws IOException {
    // Regression: the summary gave the first authority's extracts only. Each folder holds the mini
    // workspace's 2 extracts of 9 rows: 4 extracts and 18 rows in all.
    Path ws = MiniWorkspace.copyForAuthorities(temp.resolve("ws"), "barnsley", "rotherham");
    CliRun all = CliRun.of("validate", "--workspace", ws.toString(), "--authority", "ALL");
    assertThat(all.exitCode()).as(all.err()).isZero();
    assertThat(all.out()).contains("the workspace is valid: 2 indicators, 1 templates, 4 extracts (18 rows);"
        + " 2 pack(s) checked for 2 authorities");
    CliRun one = CliRun.of("validate", "--workspace", ws.toString(), "--authority", "barnsley");
    assertThat(one.out()).contains("the workspace is valid: 2 indicators, 1 templates, 2 extracts (9 rows),");
  }

  @Test
  void allShowsALinePerAuthorityNamesItInEveryWarningAndPublishesARecordForEach() throws IOException {
    Path ws = MiniWorkspace.copyForAuthorities(temp.resolve("ws"), "barnsley", "rotherham");
    for (String a : List.of("barnsley", "rotherham")) {
      Path january = ws.resolve("samples/" + a + "/2023-01-05-extract.csv");
      Files.writeString(january, Files.readString(january).replaceAll("reviews-in-time,2022-12,.*\\n", ""));
    }
    CliRun run = CliRun.of("generate", "--workspace", ws.toString(), "--authority", "ALL", "--format", "csv");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out().lines().filter(l -> l.matches("(barnsley|rotherham): 1 pack\\(s\\) for 2022-12, 1 file\\(s\\)"
        + " written, 1 warning\\(s\\) \\[[12]/2]"))).hasSize(2);
    assertThat(run.out()).doesNotContain("wrote ");
    // The shared template's warning, met in both authorities, is said once, naming them.
    assertThat(run.err()).contains("templates/mini.yaml:11:9: warning: all 2 authorities: row 1.2: no figure for")
        .doesNotContain("warning: barnsley: row 1.2", "warning: rotherham: row 1.2");
    JsonNode index = JSON.readTree(ws.resolve("out/scorepack-run.json").toFile());
    assertThat(index.get("authority").asText()).isEqualTo("ALL");
    assertThat(index.get("authorities").findValuesAsText("record"))
        .containsExactly("out/barnsley/scorepack-run.json", "out/rotherham/scorepack-run.json");
    // The run's record counts the warnings as the run reported them; each authority's, its own.
    assertThat(index.get("warnings").get("total").asInt()).isEqualTo(1);
    JsonNode barnsley = JSON.readTree(ws.resolve("out/barnsley/scorepack-run.json").toFile());
    assertThat(barnsley.get("authority").asText()).isEqualTo("barnsley");
    assertThat(barnsley.get("warnings").get("total").asInt()).isEqualTo(1);
    assertThat(barnsley.get("outputs").findValuesAsText("path"))
        .containsExactly("out/barnsley/mini-2022-12.csv", "ledger/barnsley/published.csv");
  }

  @Test
  void anAuthorityFolderCarriesItsOwnCommentaryAndFrontMatter() throws IOException {
    Path ws = MiniWorkspace.copyForAuthorities(temp.resolve("ws"), "barnsley", "rotherham");
    Files.createDirectories(ws.resolve("commentary"));
    Files.writeString(ws.resolve("commentary/2022-12.yaml"),
        "commentary:\n  - indicator: reviews-in-time\n    text: Shared comment.\n");
    Files.createDirectories(ws.resolve("samples/barnsley/commentary"));
    Files.writeString(ws.resolve("samples/barnsley/commentary/2022-12.yaml"),
        "commentary:\n  - indicator: reviews-in-time\n    text: Barnsley's own comment.\n");
    Files.writeString(ws.resolve("samples/barnsley/scorepack.yaml"),
        "council: Barnsley Metropolitan Borough Council\ncontact: performance@barnsley.example\n",
        StandardCharsets.UTF_8);
    CliRun run = CliRun.of("generate", "--workspace", ws.toString(), "--authority", "ALL", "--format", "pdf");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(Files.readString(ws.resolve("ledger/barnsley/published.csv"))).contains("Barnsley's own comment.")
        .doesNotContain("Shared comment.");
    assertThat(Files.readString(ws.resolve("ledger/rotherham/published.csv"))).contains("Shared comment.");
    assertThat(firstPage(ws.resolve("out/barnsley/mini-2022-12.pdf"))).contains("Barnsley Metropolitan Borough Council",
        "performance@barnsley.example");
    assertThat(firstPage(ws.resolve("out/rotherham/mini-2022-12.pdf"))).doesNotContain("Barnsley");
    JsonNode record = JSON.readTree(ws.resolve("out/barnsley/scorepack-run.json").toFile());
    assertThat(record.get("inputs").findValuesAsText("path")).contains("samples/barnsley/commentary/2022-12.yaml",
        "samples/barnsley/scorepack.yaml").doesNotContain("commentary/2022-12.yaml");
  }

  @Test
  void anAuthorityFolderSetsOnlyItsFrontMatter() throws IOException {
    Path ws = MiniWorkspace.copyForAuthorities(temp.resolve("ws"), "barnsley");
    Files.writeString(ws.resolve("samples/barnsley/scorepack.yaml"), "revision_warning_percent: 50\n");
    CliRun run = CliRun.of("generate", "--workspace", ws.toString(), "--authority", "barnsley", "--format", "csv");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("samples/barnsley/scorepack.yaml:1:1: error: revision_warning_percent: set for the"
        + " whole workspace");
  }

  private static String firstPage(Path pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      PDFTextStripper text = new PDFTextStripper();
      text.setEndPage(1);
      return text.getText(doc);
    }
  }
}
