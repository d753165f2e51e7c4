package scorepack.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import scorepack.definition.Template;
import scorepack.diagnostic.Diagnostic;
import scorepack.diagnostic.Diagnostics;
import scorepack.pack.FrontMatter;
import scorepack.pack.GlossaryEntry;
import scorepack.pack.Pack;
import scorepack.pack.PrintedFigure;
import scorepack.workspace.Workspace;
import scorepack.workspace.WorkspaceLoader;

/**
 * Issue 14, point 6: the bundled packs printed placeholders ("title illegible", an example.gov.uk
 * contact), named a real council in some titles and the glossary, and nothing said their figures
 * are invented.
 */
class Issue14BundledSamplesTest {
  private static final YearMonth MARCH_2023 = YearMonth.of(2023, 3);

  @Test
  void theBundledWorkspaceHasNoPlaceholder() {
    Diagnostics diagnostics = new Diagnostics();
    WorkspaceLoader.loadDefinitions(Path.of("."), diagnostics);
    assertThat(diagnostics.sorted()).extracting(Diagnostic::toString).noneMatch(d -> d.contains("placeholder"));
  }

  @Test
  void theBundledWorkspaceIsMarkedAsSampleDataAndNamesNoCouncilOrContact() {
    Workspace ws = GoldenPacks.bundledWorkspace();
    assertThat(ws.settings().publication().sampleData()).isTrue();
    assertThat(ws.settings().publication().council()).isEmpty();
    assertThat(ws.settings().publication().contact()).isEmpty();
    for (Template t : ws.templates().values()) {
      Pack pack = new PackCalculation(ws).pack(t, MARCH_2023, Instant.EPOCH);
      assertThat(pack.front().notice()).startsWith("Sample data: ");
      assertThat(pack.metadata().title()).startsWith("Sample data: ");
      assertThat(pack.metadata().sampleData()).isTrue();
      assertThat(pack.front().details()).extracting(FrontMatter.Detail::label).doesNotContain("Contact", "Council");
    }
  }

  @Test
  void noBundledPackNamesARealCouncilOrPrintsAPlaceholderTitle() {
    Workspace ws = GoldenPacks.bundledWorkspace();
    for (Template t : ws.templates().values()) {
      Pack pack = new PackCalculation(ws).pack(t, MARCH_2023, Instant.EPOCH);
      List<String> printed = new ArrayList<>();
      pack.figures().stream().map(PrintedFigure::cell).forEach(c -> printed.add(c.text()));
      pack.sections().forEach(s -> s.rows().forEach(r -> r.cells().forEach(c -> printed.add(c.text()))));
      pack.glossary().stream().map(GlossaryEntry::definition).forEach(printed::add);
      pack.front().details().forEach(d -> printed.add(d.value()));
      assertThat(printed).as(t.id()).noneMatch(text -> text.contains("Rotherham") || text.contains("illegible")
          || text.contains("example.gov.uk"));
    }
  }
}
