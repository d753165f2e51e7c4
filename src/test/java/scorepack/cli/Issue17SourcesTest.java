package scorepack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17, point 1: a council's extract in its case system's codes. The first validate printed an
 * error per row (1,848 of them) and no summary; a source mapping reads the extract as it is.
 */
class Issue17SourcesTest {
  @TempDir
  Path temp;

  /** The mini workspace whose extracts use the case system's upper-case codes, 24 rows in 2 files. */
  private Path workspaceWithCaseSystemCodes() throws IOException {
    Path ws = MiniWorkspace.copyTo(temp.resolve("ws"));
    for (String name : new String[] {"2022-11-04-extract.csv", "2023-01-05-extract.csv"}) {
      Path file = ws.resolve("samples").resolve(name);
      Files.delete(file);
      StringBuilder rows = new StringBuilder("Code,Month,Figure,Count\n");
      String year = name.startsWith("2022") ? "22" : "23";
      String[] months = name.startsWith("2022") ? new String[] {"Jun", "Jul", "Aug", "Sep", "Oct"}
          : new String[] {"Aug", "Sep", "Oct", "Nov", "Dec"};
      for (String m : months) {
        String y = name.startsWith("2023") ? "22" : year;
        rows.append("CHILDREN-LOOKED-AFTER,").append(m).append('-').append(y).append(",550,\n");
        rows.append("REVIEWS-IN-TIME,").append(m).append('-').append(y).append(",45,50\n");
      }
      Files.writeString(ws.resolve("samples").resolve(name.replace("extract", "lcs")), rows.toString(),
          StandardCharsets.UTF_8);
    }
    return ws;
  }

  @Test
  void anUnknownCodeIsReportedOnceForAllItsRowsAndValidateEndsWithTheErrorsByKind() throws IOException {
    Path ws = MiniWorkspace.copyTo(temp.resolve("ws"));
    for (Path file : new Path[] {ws.resolve("samples/2022-11-04-extract.csv"),
        ws.resolve("samples/2023-01-05-extract.csv")}) {
      Files.writeString(file, Files.readString(file).replace("children-looked-after", "CHILDREN-LOOKED-AFTER"));
    }
    CliRun run = CliRun.of("validate", "--workspace", ws.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("samples/2022-11-04-extract.csv:2:1: error: column indicator: unknown indicator"
        + " 'CHILDREN-LOOKED-AFTER' (did you mean 'children-looked-after'?); expected an id defined in indicators/,"
        + " or a source in sources/ that maps the extract's own codes to them (see sources/README.md) (4 rows in 2"
        + " files have it; this is the first)\n"
        + "scorepack: 1 error(s) in the input (1 unknown indicator code); nothing was written.\n");
    Files.createDirectories(ws.resolve("sources"));
    Files.writeString(ws.resolve("sources/case-system.yaml"), "files: '*-extract.csv'\ncodes: ignore-case\n");
    CliRun mapped = CliRun.of("validate", "--workspace", ws.toString());
    assertThat(mapped.exitCode()).as(mapped.err()).isZero();
  }

  @Test
  void aSourceMappingReadsTheCaseSystemsExtractAsItIs() throws IOException {
    Path ws = workspaceWithCaseSystemCodes();
    Files.createDirectories(ws.resolve("sources"));
    Files.writeString(ws.resolve("sources/case-system.yaml"), """
        files: "*-lcs.csv"
        columns: {indicator: Code, period: Month, numerator: Figure, denominator: Count}
        codes: ignore-case
        date_format: MMM-yy
        """, StandardCharsets.UTF_8);
    CliRun run = CliRun.of("validate", "--workspace", ws.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("2 extracts (20 rows");
  }

  @Test
  void aCodeTheSourceDoesNotMapIsOneErrorForAllItsRows() throws IOException {
    Path ws = workspaceWithCaseSystemCodes();
    Files.createDirectories(ws.resolve("sources"));
    Files.writeString(ws.resolve("sources/case-system.yaml"), """
        files: "*-lcs.csv"
        columns: {indicator: Code, period: Month, numerator: Figure, denominator: Count}
        codes: {CHILDREN-LOOKED-AFTER: children-looked-after}
        date_format: MMM-yy
        """, StandardCharsets.UTF_8);
    CliRun run = CliRun.of("validate", "--workspace", ws.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("samples/2022-11-04-lcs.csv:3:1: error: column indicator: unknown indicator"
        + " code 'REVIEWS-IN-TIME': sources/case-system.yaml does not list it under codes:; expected a code listed"
        + " there with its indicator id, or under skip_codes: if the packs do not show it (10 rows in 2 files have"
        + " it; this is the first)\n"
        + "scorepack: 1 error(s) in the input (1 unknown indicator code); nothing was written.\n");
  }
}
