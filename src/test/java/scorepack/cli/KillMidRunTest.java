package scorepack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A month-end run killed at any moment (a separate process, sent SIGTERM or killed without warning)
 * leaves, once the next run has started, the previous issue or the complete new one: never some
 * packs new and others old, and no stray files.
 */
class KillMidRunTest {
  private static final Map<String, String> EPOCH = Map.of("SOURCE_DATE_EPOCH", "1675123200");
  private static final String REVISION = """
      indicator,period,breakdown,value,numerator,denominator
      reviews-in-time,2022-12,,,30,37
      """;

  @TempDir
  Path temp;

  @Test
  void aKilledRunLeavesThePreviousOrTheNewPackIntact() throws Exception {
    Path ws = MiniWorkspace.copyTo(temp.resolve("ws"));
    assertThat(CliRun.withEnv(EPOCH, "generate", "--workspace", ws.toString()).exitCode()).isZero();
    Map<String, String> before = snapshot(ws);

    Path reference = MiniWorkspace.copyTo(temp.resolve("reference"));
    Files.writeString(reference.resolve("samples/2023-01-20-extract.csv"), REVISION, StandardCharsets.UTF_8);
    assertThat(CliRun.withEnv(EPOCH, "generate", "--workspace", reference.toString()).exitCode()).isZero();
    Map<String, String> after = snapshot(reference);

    Files.writeString(ws.resolve("samples/2023-01-20-extract.csv"), REVISION, StandardCharsets.UTF_8);
    for (long delay : List.of(100L, 300L, 600L, 1000L, 1600L, 2500L, 3500L)) {
      ProcessBuilder command = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
          "-cp", System.getProperty("java.class.path"), Main.class.getName(), "generate", "--workspace", ws.toString())
          .redirectErrorStream(true).redirectOutput(temp.resolve("run.log").toFile());
      command.environment().putAll(EPOCH);
      Process run = command.start();
      Thread.sleep(delay);
      if (delay % 200 == 0) {
        run.destroyForcibly();
      } else {
        run.destroy();
      }
      assertThat(run.waitFor(30, TimeUnit.SECONDS)).isTrue();
      // The next run settles what a killed one left before anything else, even when its own input is bad.
      assertThat(CliRun.of("generate", "--workspace", ws.toString(), "--pack", "no-such-pack").exitCode()).isEqualTo(2);
      Map<String, String> now = snapshot(ws);
      assertThat(now).as("killed after " + delay + " ms").isIn(before, after);
    }
  }

  /** The packs, the ledger and anything else in the workspace but its inputs and lock, by path. */
  private static Map<String, String> snapshot(Path ws) throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> s = Files.walk(ws)) {
      for (Path f : s.filter(Files::isRegularFile).toList()) {
        String name = ws.relativize(f).toString();
        if (!name.startsWith("samples") && !name.startsWith("indicators") && !name.startsWith("templates")
            && !name.equals("glossary.yaml") && !name.equals(".scorepack.lock")) {
          // The run record holds the run's times and the ledger it started from, so two runs' records differ
          // even when they published the same packs; that it is there, beside them, is what counts here.
          files.put(name, name.endsWith("scorepack-run.json") ? "run record"
              : HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f))));
        }
      }
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    return files;
  }
}
