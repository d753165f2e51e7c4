package scorepack.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Runs a command as its own process and measures its wall time and peak resident memory. */
final class Processes {
  private Processes() {}

  /**
   * @param seconds wall time from start to exit
   * @param peakKilobytes the process's peak resident set (VmHWM), read while it runs
   */
  record Result(double seconds, long peakKilobytes) {}

  static Result run(List<String> command, Path directory) throws IOException {
    return run(command, directory, java.util.Map.of());
  }

  /** @param env variables added to this process's environment for the command */
  static Result run(List<String> command, Path directory, java.util.Map<String, String> env) throws IOException {
    // The bundled samples' warnings would bury the figures: the output is shown only if the command fails.
    Path output = Files.createTempFile("scorepack-bench", ".log");
    long start = System.nanoTime();
    ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
        .redirectOutput(output.toFile());
    builder.environment().putAll(env);
    Process p = builder.start();
    Path status = Path.of("/proc", Long.toString(p.pid()), "status");
    long peak = 0;
    try {
      while (!p.waitFor(5, java.util.concurrent.TimeUnit.MILLISECONDS)) {
        peak = Math.max(peak, highWaterMark(status));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    try {
      if (p.exitValue() != 0) {
        throw new IOException(String.join(" ", command) + " exited with " + p.exitValue() + ":\n"
            + Files.readString(output));
      }
    } finally {
      Files.delete(output);
    }
    return new Result(seconds, peak);
  }

  private static long highWaterMark(Path status) {
    try {
      for (String line : Files.readAllLines(status)) {
        if (line.startsWith("VmHWM:")) {
          return Long.parseLong(line.replaceAll("\\D", ""));
        }
      }
    } catch (IOException | RuntimeException e) {
      // the process has just exited: keep the last reading
    }
    return 0;
  }
}
