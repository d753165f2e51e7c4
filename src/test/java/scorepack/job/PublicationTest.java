package scorepack.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16, case 1: a run publishes all its files and the ledger together, or none. The run is
 * failed at every one of its file operations in turn, and killed at every one (every later
 * operation fails too, as in a process that died), and each time the workspace holds one whole
 * issue, with nothing left over once the next run has started.
 */
class PublicationTest {
  @TempDir
  Path temp;

  private Map<String, String> first;
  private Map<String, String> second;
  private int steps;

  private void publishBothCleanly() throws IOException {
    Issues.Two two = Issues.publishedCleanly(temp.resolve("clean"));
    first = two.first();
    second = two.second();
    steps = two.steps();
    assertThat(second).isNotEqualTo(first).containsOnlyKeys(first.keySet());
  }

  @Test
  void aRunFailedAtAnyStepLeavesThePreviousIssueWholeOrTheNewOneComplete() throws IOException {
    publishBothCleanly();
    int failed = 0;
    for (int step = 1; step <= steps; step++) {
      Path ws = Issues.withFirstIssue(temp.resolve("fail-" + step));
      try {
        Issues.generate(ws, FaultyDisk.failingAt(step));
        // Past the point where every new file is in place, a failure to tidy up is left to the next run.
        assertThat(Issues.outputs(ws)).as("step %d of %d did not stop the run", step, steps)
            .containsAllEntriesOf(second);
        settleByTheNextRun(ws);
        assertThat(Issues.outputs(ws)).as("step %d of %d, then the next run", step, steps).isEqualTo(second);
      } catch (IOException e) {
        failed++;
        assertThat(Issues.outputs(ws)).as("failed at step %d of %d", step, steps).isEqualTo(first);
        assertThat(e.getMessage()).as("step %d", step).containsPattern("^could not [a-z ]+ \\S+")
            .contains("the disk is full; free some space on it and run again. Nothing was published: the packs and ")
            .contains("ledger/published.csv are the previous issue, as they were");
      }
    }
    // Every step up to recording that the new files are all in place stops the run.
    assertThat(failed).isGreaterThan(steps / 2);
  }

  @Test
  void aRunThatDiesAtAnyStepIsSettledByTheNextRun() throws IOException {
    publishBothCleanly();
    for (int step = 1; step <= steps; step++) {
      Path ws = Issues.withFirstIssue(temp.resolve("die-" + step));
      boolean died;
      try {
        Issues.generate(ws, FaultyDisk.dyingAt(step));
        died = false;
      } catch (IOException e) {
        died = true;
      }
      settleByTheNextRun(ws);
      Map<String, String> settled = Issues.outputs(ws);
      assertThat(settled).as("died at step %d of %d", step, steps).isIn(first, second);
      if (!died) {
        assertThat(settled).isEqualTo(second);
      }
    }
  }

  /** The next run, though its own input is bad, first settles what the last one left. */
  private static void settleByTheNextRun(Path ws) {
    assertThatThrownBy(() -> Issues.generate(ws, Disk.LOCAL, Optional.empty(), List.of("no-such-pack")))
        .hasMessageContaining("no-such-pack");
  }

  @Test
  void aFirstRunThatFailsLeavesNoFoldersBehind() throws IOException {
    FaultyDisk counting = FaultyDisk.counting();
    Issues.generate(Issues.workspace(temp.resolve("count")), counting);
    for (int step = 1; step <= counting.count(); step++) {
      Path ws = Issues.workspace(temp.resolve("first-" + step));
      try {
        Issues.generate(ws, FaultyDisk.failingAt(step));
      } catch (IOException e) {
        assertThat(Issues.outputs(ws)).as("failed at step %d", step).isEmpty();
      }
    }
  }

  @Test
  void aPackOpenInAnotherProgramIsNamedAndThePreviousIssueStands() throws IOException {
    Path ws = Issues.withFirstIssue(temp.resolve("ws"));
    Map<String, String> before = Issues.outputs(ws);
    Path open = ws.resolve("out/mini-2022-12.ods");
    FaultyDisk windows = new FaultyDisk((n, op, file) -> op.equals("replace") && file.equals(open) ? new FileSystemException(file.toString(),
        null, "The process cannot access the file because it is being used by another process") : null);
    assertThatThrownBy(() -> Issues.generate(ws, windows)).hasMessage("could not replace " + open
        + ": it is open in another program; close it (in Excel or the PDF viewer) and run again. Nothing was"
        + " published: the packs and " + ws.resolve("ledger/published.csv") + " are the previous issue, as they were");
    assertThat(Issues.outputs(ws)).isEqualTo(before);
  }

  @Test
  void underAllEachAuthorityIsItsOwnUnit() throws IOException {
    Path ws = Issues.workspace(temp.resolve("ws"));
    for (String authority : List.of("barnsley", "rotherham")) {
      Path folder = Files.createDirectories(ws.resolve("samples").resolve(authority));
      for (String extract : List.of("2022-11-04-extract.csv", "2023-01-05-extract.csv")) {
        Files.copy(ws.resolve("samples").resolve(extract), folder.resolve(extract));
      }
    }
    Issues.generate(ws, Disk.LOCAL, Optional.of("ALL"), List.of());
    Issues.addRevision(ws.resolve("samples/barnsley"));
    Issues.addRevision(ws.resolve("samples/rotherham"));
    Map<String, String> before = Issues.outputs(ws);
    Path full = ws.resolve("out/rotherham");
    FaultyDisk rotherhamFull = new FaultyDisk((n, op, file) -> file.toAbsolutePath().startsWith(full.toAbsolutePath())
        && op.equals("write") ? new IOException("No space left on device")
        : null);

    assertThatThrownBy(() -> Issues.generate(ws, rotherhamFull, Optional.of("ALL"), List.of()))
        .hasMessageStartingWith("could not write " + ws.resolve("out/rotherham/mini-2022-12.ods") + ": the disk is"
            + " full")
        .hasMessageContaining("Nothing for rotherham was published")
        .hasMessageEndingWith("The other authority's packs were published");
    Map<String, String> after = Issues.outputs(ws);
    after.forEach((file, hash) -> assertThat(hash).as(file)
        .isEqualTo(file.contains("rotherham") ? before.get(file) : after.get(file)));
    assertThat(after.get("out/barnsley/mini-2022-12.csv")).isNotEqualTo(before.get("out/barnsley/mini-2022-12.csv"));
    assertThat(after.get("ledger/barnsley/published.csv")).isNotEqualTo(before.get("ledger/barnsley/published.csv"));
    assertThat(after.keySet()).isEqualTo(before.keySet());
  }
}
