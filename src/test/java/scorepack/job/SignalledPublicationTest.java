package scorepack.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16, case 1: a run in a process of its own, stopped part-way through publishing. SIGTERM
 * (what cron, systemd and {@code kill} send) puts back the previous issue before the process ends;
 * after {@code kill -9}, which nothing can catch, the next run does.
 */
class SignalledPublicationTest {
  @TempDir
  Path temp;

  private Issues.Two clean;

  @BeforeEach
  void publishBothCleanly() throws IOException {
    clean = Issues.publishedCleanly(temp.resolve("clean"));
  }

  @Test
  void sigtermAtAnyStepLeavesOneWholeIssueAndNothingElse() throws Exception {
    for (int step = 1; step <= clean.steps(); step += 5) {
      Path ws = Issues.withFirstIssue(temp.resolve("term-" + step));
      Process run = stopAt(ws, step, false);
      assertThat(run.exitValue()).as("step %d", step).isEqualTo(143);
      assertThat(temp.resolve("stderr-" + step + ".log")).content()
          .startsWith("scorepack: stopped by a signal while publishing; the ");
      assertThat(Issues.outputs(ws)).as("SIGTERM before step %d of %d", step, clean.steps())
          .isIn(clean.first(), clean.second());
    }
  }

  @Test
  void afterKillNineTheNextRunSettlesWhatWasLeft() throws Exception {
    int steps = clean.steps();
    for (int step : List.of(steps / 4, steps / 2, 3 * steps / 4)) {
      Path ws = Issues.withFirstIssue(temp.resolve("kill-" + step));
      stopAt(ws, step, true);
      assertThatThrownBy(() -> Issues.generate(ws, Disk.LOCAL, Optional.empty(), List.of("no-such-pack")))
          .hasMessageContaining("no-such-pack");
      Map<String, String> settled = Issues.outputs(ws);
      assertThat(settled).as("kill -9 before step %d of %d, then the next run", step, steps)
          .isIn(clean.first(), clean.second());
    }
  }

  /** Starts a slowed run and stops it as it announces {@code step}: SIGTERM, or SIGKILL when {@code kill}. */
  private Process stopAt(Path ws, int step, boolean kill) throws Exception {
    ProcessBuilder command = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), SlowPublishing.class.getName(), ws.toString())
        .redirectError(temp.resolve("stderr-" + step + ".log").toFile());
    Process run = command.start();
    try (BufferedReader out = new BufferedReader(new InputStreamReader(run.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        if (line.equals("step " + step)) {
          if (kill) {
            run.destroyForcibly();
          } else {
            run.destroy();
          }
          break;
        }
      }
      assertThat(run.waitFor(60, TimeUnit.SECONDS)).isTrue();
    }
    return run;
  }
}
