package scorepack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 18, point 3: init makes a council's own workspace; runs say which extracts they read. */
class Issue18WorkspaceTest {
  @TempDir
  Path temp;

  @Test
  void initMakesAWorkspaceWithTheThreePacksAndNoSampleFigures() throws IOException {
    Path ws = temp.resolve("Anytown performance");
    CliRun run = CliRun.of("init", ws.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("created the workspace", "scorepack.yaml", "README.md");
    assertThat(ws.resolve("templates")).isDirectoryContaining(p -> p.endsWith("members.yaml"))
        .isDirectoryContaining(p -> p.endsWith("corporate-parenting.yaml"))
        .isDirectoryContaining(p -> p.endsWith("early-help.yaml"));
    assertThat(ws.resolve("indicators/members.yaml")).exists();
    assertThat(ws.resolve("glossary.yaml")).exists();
    assertThat(ws.resolve("commentary/README.md")).exists();
    assertThat(ws.resolve("README.md")).content().contains("what to do", "scorepack validate");
    // No figure of the example's: no samples, no commentary, reference files with their headers only.
    assertThat(ws.resolve("samples")).doesNotExist();
    assertThat(ws.resolve("extracts")).isDirectoryContaining(p -> p.endsWith("README.md"));
    try (Stream<Path> files = Files.list(ws.resolve("commentary"))) {
      assertThat(files.map(p -> p.getFileName().toString()).toList()).containsExactly("README.md");
    }
    assertThat(Files.readAllLines(ws.resolve("reference/population.csv")))
        .containsExactly(Files.readAllLines(Path.of("reference/population.csv")).get(0));
    assertThat(Files.readAllLines(ws.resolve("reference/benchmarks.csv")))
        .containsExactly(Files.readAllLines(Path.of("reference/benchmarks.csv")).get(0));
    String settings = Files.readString(ws.resolve("scorepack.yaml"));
    assertThat(settings).contains("council: TODO", "contact: TODO", "data: extracts").doesNotContain("sample_data");
  }

  @Test
  void aNewWorkspaceValidatesAgainstItsOwnExtractsFolderAndAsksForTheCouncilAndTheFigures() {
    Path ws = temp.resolve("council");
    assertThat(CliRun.of("init", ws.toString()).exitCode()).isZero();
    CliRun run = CliRun.of("validate", "--workspace", ws.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).contains("extracts read from " + ws.resolve("extracts") + " (named by data: in scorepack.yaml)");
    assertThat(run.err()).contains("extracts: error: holds no *.csv or *.xlsx extracts",
        "scorepack.yaml:5:10: warning: council: 'TODO' marks a placeholder",
        "no population 'children-0-17' in reference/population.csv");
  }

  @Test
  void initRefusesAFolderThatAlreadyHoldsFilesAndChangesNothing() throws IOException {
    Path ws = Files.createDirectories(temp.resolve("busy"));
    Files.writeString(ws.resolve("notes.txt"), "mine");
    CliRun run = CliRun.of("init", ws.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("already holds files", "new or empty folder");
    try (Stream<Path> files = Files.list(ws)) {
      assertThat(files.toList()).containsExactly(ws.resolve("notes.txt"));
    }
    try (Stream<Path> files = Files.list(temp)) {
      assertThat(files.toList()).containsExactly(ws);
    }
  }

  @Test
  void initFillsAnEmptyFolderThatExists() throws IOException {
    Path ws = Files.createDirectories(temp.resolve("empty"));
    assertThat(CliRun.of("init", ws.toString()).exitCode()).isZero();
    assertThat(ws.resolve("scorepack.yaml")).exists();
    try (Stream<Path> files = Files.list(temp)) {
      assertThat(files.toList()).containsExactly(ws);
    }
  }

  @Test
  void aFolderThatIsNotAWorkspaceNamesWorkspaceAndInitAndWritesNothing() throws IOException {
    Path empty = Files.createDirectories(temp.resolve("nothing here"));
    for (List<String> args : List.of(List.of("generate"), List.of("validate"), List.of("explain", "x"),
        List.of("revisions"))) {
      CliRun run = CliRun.of(Stream.concat(args.stream(), Stream.of("--workspace", empty.toString()))
          .toArray(String[]::new));
      assertThat(run.exitCode()).as(args.toString()).isEqualTo(2);
      assertThat(run.err()).as(args.toString()).contains("is not a scorepack workspace", "--workspace DIR",
          "scorepack init DIR").doesNotContain("indicators: error");
    }
    try (Stream<Path> files = Files.list(empty)) {
      assertThat(files.toList()).isEmpty();
    }
  }

  @Test
  void aRunSaysWhichExtractsFolderItReadAndWhy() throws IOException {
    Path ws = MiniWorkspace.copyTo(temp.resolve("ws"));
    CliRun byDefault = CliRun.of("generate", "--workspace", ws.toString(), "--format", "csv");
    assertThat(byDefault.exitCode()).as(byDefault.err()).isZero();
    assertThat(byDefault.out()).contains("extracts read from " + ws.resolve("samples")
        + " (the default, as neither --data nor data: in scorepack.yaml names a folder)");

    Files.move(ws.resolve("samples"), ws.resolve("monthly"));
    Files.writeString(ws.resolve("scorepack.yaml"), "data: monthly\n");
    CliRun bySettings = CliRun.of("generate", "--workspace", ws.toString(), "--format", "csv");
    assertThat(bySettings.exitCode()).as(bySettings.err()).isZero();
    assertThat(bySettings.out()).contains("extracts read from " + ws.resolve("monthly")
        + " (named by data: in scorepack.yaml)");

    CliRun byOption = CliRun.of("validate", "--workspace", ws.toString(), "--data", ws.resolve("monthly").toString());
    assertThat(byOption.out()).contains("extracts read from " + ws.resolve("monthly") + " (given by --data)");
  }

  @Test
  void revisionsHasNoDataOptionSinceItReadsOnlyTheLedger() {
    CliRun run = CliRun.of("revisions", "--data", "x");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("Unknown options: '--data'");
  }
}
