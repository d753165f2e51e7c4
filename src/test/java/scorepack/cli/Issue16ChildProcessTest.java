package scorepack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16, cases 4 and 5, in a JVM of their own: as cron runs it, with no locale, an authority
 * folder named Ünï gets its packs; out of memory, the run names the file and SCOREPACK_JAVA_OPTS
 * and prints no stack trace.
 */
class Issue16ChildProcessTest {
  @TempDir
  Path temp;

  @Test
  @Timeout(value = 2, unit = TimeUnit.MINUTES)
  void withNoLocaleAnAuthorityWithANonAsciiNameGetsItsPacks() throws IOException, InterruptedException {
    MiniWorkspace.copyTo(temp.resolve("ws"));
    // The script carries the name as UTF-8 bytes: this JVM may have no locale to encode it in either.
    String script = "set -e\nmkdir 'ws/samples/Ünï'\nmv ws/samples/*.csv 'ws/samples/Ünï/'\n"
        + "env -i PATH=\"$PATH\" \"$JAVA\" -cp \"$CP\" scorepack.cli.Main generate --workspace ws"
        + " --authority 'Ünï' --format csv\n"
        + "env -i PATH=\"$PATH\" \"$JAVA\" -cp \"$CP\" scorepack.cli.Main generate --workspace ws"
        + " --authority ALL --format csv\nls ws/out\n";
    Result run = shell(script);
    assertThat(run.exitCode()).as(run.output()).isZero();
    assertThat(run.output()).contains("wrote ws/out/Ünï/mini-2022-12.csv", "1 file(s) written")
        .endsWith("Ünï\n").doesNotContain("Malformed", "?");
  }

  @Test
  @Timeout(value = 2, unit = TimeUnit.MINUTES)
  void runningOutOfMemoryNamesTheFileAndTheSettingWithNoStackTrace() throws IOException, InterruptedException {
    Path ws = MiniWorkspace.copyTo(temp.resolve("ws"));
    try (Writer w = Files.newBufferedWriter(ws.resolve("samples/2023-01-05-extract.csv"), StandardCharsets.UTF_8)) {
      w.write("indicator,period,breakdown,value,numerator,denominator\n");
      for (int i = 0; i < 250_000; i++) {
        w.write("children-looked-after," + (2000 + i / 12 % 100) + "-" + String.format("%02d", i % 12 + 1) + ",,," + i
            + ",\n");
      }
    }
    Result run = shell("env -i PATH=\"$PATH\" LC_ALL=C.UTF-8 \"$JAVA\" -Xmx24m -XX:+UseSerialGC -cp \"$CP\""
        + " scorepack.cli.Main validate --workspace ws\n");
    assertThat(run.exitCode()).as(run.output()).isEqualTo(1);
    assertThat(run.output()).contains("scorepack: error: ran out of memory while reading"
        + " samples/2023-01-05-extract.csv", "give it more memory, e.g. SCOREPACK_JAVA_OPTS='-Xmx1g")
        .doesNotContain("\tat ", "Exception in thread", "OutOfMemoryError");
  }

  private record Result(int exitCode, String output) {}

  private Result shell(String script) throws IOException, InterruptedException {
    Path file = temp.resolve("run.sh");
    Files.write(file, script.getBytes(StandardCharsets.UTF_8));
    ProcessBuilder builder = new ProcessBuilder(List.of("sh", file.toString())).directory(temp.toFile())
        .redirectErrorStream(true);
    Map<String, String> env = builder.environment();
    env.put("JAVA", ProcessHandle.current().info().command().orElse("java"));
    env.put("CP", System.getProperty("java.class.path"));
    Process p = builder.start();
    byte[] output = p.getInputStream().readAllBytes();
    return new Result(p.waitFor(), new String(output, StandardCharsets.UTF_8));
  }
}
