package scorepack.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scorepack.diagnostic.Diagnostic;
import scorepack.diagnostic.Diagnostics;
import scorepack.diagnostic.Severity;
import scorepack.engine.Observation;
import scorepack.extract.ExtractCutoff;
import scorepack.workspace.Definitions;
import scorepack.workspace.Workspace;
import scorepack.workspace.WorkspaceLoader;

/**
 * Issue 17, point 5: the bundled wide workbook source. {@code samples/2023-04-04-lcs-scorecard.xlsx}
 * holds the figures of {@code samples/2023-04-04-cyps-monthly.csv} as the case system's scorecard
 * workbook keeps them (upper-case codes, months across, two sheets), read through
 * {@code sources/lcs-scorecard.yaml}.
 */
class Issue17WideWorkbookTest {
  private static final Path WORKBOOK = Path.of("samples/2023-04-04-lcs-scorecard.xlsx");
  private static final Path LONG = Path.of("samples/2023-04-04-cyps-monthly.csv");
  private static final ExtractCutoff TODAY = ExtractCutoff.of(Optional.empty(), Clock.systemDefaultZone());

  @TempDir
  Path tmp;

  private final Diagnostics diagnostics = new Diagnostics();

  private List<String> figures(Definitions definitions, Path... files) throws IOException {
    Path folder = Files.createDirectories(tmp.resolve("data-" + files[0].getFileName()));
    for (Path f : files) {
      Files.copy(f, folder.resolve(f.getFileName()));
    }
    List<Observation> rows = definitions.withExtracts(folder, TODAY, diagnostics).extracts().observations();
    return rows.stream().map(o -> o.indicator() + "|" + o.breakdown() + "|" + o.period() + "|" + o.value() + "|"
        + o.numerator() + "|" + o.denominator()).sorted().toList();
  }

  private List<Diagnostic> errors() {
    return diagnostics.sorted().stream().filter(d -> d.severity() == Severity.ERROR).toList();
  }

  @Test
  void theWorkbookGivesExactlyTheFiguresOfTheLongExtractItMirrors() throws IOException {
    Definitions definitions = WorkspaceLoader.loadDefinitions(Path.of("."), diagnostics);
    List<String> wide = figures(definitions, WORKBOOK);
    List<String> own = figures(definitions, LONG);
    assertThat(errors()).isEmpty();
    assertThat(own).hasSize((int) Files.lines(LONG).count() - 1);
    assertThat(wide).isEqualTo(own);
  }

  @Test
  void theCorporateParentingPackIsTheSameWhetherTheWorkbookOrTheLongExtractIsRead() throws IOException {
    Path without = Files.createDirectories(tmp.resolve("samples"));
    try (Stream<Path> files = Files.list(Path.of("samples"))) {
      for (Path f : files.filter(f -> !f.equals(WORKBOOK) && Files.isRegularFile(f)).toList()) {
        Files.copy(f, without.resolve(f.getFileName()));
      }
    }
    Workspace bundled = WorkspaceLoader.load(Path.of("."), Path.of("samples"), TODAY, diagnostics);
    Workspace longOnly = WorkspaceLoader.load(Path.of("."), without, TODAY, diagnostics);
    assertThat(errors()).isEmpty();
    assertThat(bundled.extracts().observations()).as("the workbook is read, and wins over the CSV of its date")
        .anyMatch(o -> o.source().file().contains("lcs-scorecard.xlsx"));
    assertThat(bundled.seriesOf(new scorepack.engine.SeriesKey("looked-after-children", ""))
        .at(YearMonth.of(2023, 3)).orElseThrow().source().file()).contains("lcs-scorecard.xlsx");
    var template = bundled.templates().get("corporate-parenting");
    byte[] fromWorkbook = Format.CSV.render(new PackCalculation(bundled).pack(template, YearMonth.of(2023, 3),
        Instant.EPOCH));
    byte[] fromLong = Format.CSV.render(new PackCalculation(longOnly).pack(longOnly.templates()
        .get("corporate-parenting"), YearMonth.of(2023, 3), Instant.EPOCH));
    // The data notes name the extracts that revised a figure: the same files, in another folder.
    assertThat(new String(fromWorkbook, StandardCharsets.UTF_8)).isEqualTo(new String(fromLong,
        StandardCharsets.UTF_8).replace(without.toAbsolutePath() + "/", "samples/"));
  }
}
