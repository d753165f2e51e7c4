package scorepack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A month-end run killed at any moment (a separate process, killed without warning) leaves each
 * pack and the ledger either as they were or complete and new, never half-written.
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
    Map<String, byte[]> before = snapshot(ws);

    Path reference = MiniWorkspace.copyTo(temp.resolve("reference"));
    Files.writeString(reference.resolve("samples/2023-01-20-extract.csv"), REVISION, StandardCharsets.UTF_8);
    assertThat(CliRun.withEnv(EPOCH, "generate", "--workspace", reference.toString()).exitCode()).isZero();
    Map<String, byte[]> after = snapshot(reference);

    Files.writeString(ws.resolve("samples/2023-01-20-extract.csv"), REVISION, StandardCharsets.UTF_8);
    for (long delay : List.of(100L, 300L, 600L, 1000L, 1600L, 2500L)) {
      ProcessBuilder command = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
          "-cp", System.getProperty("java.class.path"), Main.class.getName(), "generate", "--workspace", ws.toString())
          .redirectErrorStream(true).redirectOutput(temp.resolve("run.log").toFile());
      command.environment().putAll(EPOCH);
      Process run = command.start();
      Thread.sleep(delay);
      run.destroyForcibly();
      assertThat(run.waitFor(30, TimeUnit.SECONDS)).isTrue();
      Map<String, byte[]> now = snapshot(ws);
      assertThat(now.keySet()).as("killed after " + delay + " ms").isEqualTo(before.keySet());
      for (Map.Entry<String, byte[]> e : now.entrySet()) {
        assertThat(e.getValue()).as(e.getKey() + ", killed after " + delay + " ms")
            .satisfiesAnyOf(b -> assertThat(b).isEqualTo(before.get(e.getKey())),
                b -> assertThat(b).isEqualTo(after.get(e.getKey())));
      }
    }
  }

  /** The packs and the ledger, by path; temporary files of an interrupted write are not part of it. */
  private static Map<String, byte[]> snapshot(Path ws) throws IOException {
    Map<String, byte[]> files = new HashMap<>();
    for (Path dir : List.of(ws.resolve("out"), ws.resolve("ledger"))) {
      try (Stream<Path> s = Files.list(dir)) {
        for (Path f : s.filter(p -> !p.getFileName().toString().endsWith(".part")).toList()) {
          files.put(ws.relativize(f).toString(), Files.readAllBytes(f));
        }
      }
    }
    return files;
  }
}
