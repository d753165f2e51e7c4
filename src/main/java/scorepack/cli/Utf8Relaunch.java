package scorepack.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Runs scorepack again in a UTF-8 locale when it was started without one, as cron starts it.
 *
 * <p>Java 17 takes the encoding of file names and of its arguments from the locale when it starts
 * ({@code sun.jnu.encoding}, which no option or setting can change later). With no {@code LANG}
 * that is ASCII: a folder named {@code Ünï} can be listed but not opened, and an argument naming it
 * arrives as question marks. So a run in such a locale starts a child JVM with the same options
 * under {@code LC_ALL=C.UTF-8}, passing its arguments as the bytes the user gave (read from
 * {@code /proc/self/cmdline}), in hex, which survives any encoding. The launcher sets the locale
 * itself, so only a plain {@code java -jar} pays for the second start.
 */
final class Utf8Relaunch {
  /** Carries the arguments to the child, and tells it not to start another. */
  static final String ARGUMENTS = "SCOREPACK_UTF8_ARGUMENTS";
  private static final Path COMMAND_LINE = Path.of("/proc/self/cmdline");

  private Utf8Relaunch() {}

  /** Whether this JVM reads file names in an encoding other than UTF-8 and can start one that does. */
  static boolean needed(Map<String, String> env) {
    return !"UTF-8".equalsIgnoreCase(System.getProperty("sun.jnu.encoding")) && !env.containsKey(ARGUMENTS)
        && Files.isReadable(COMMAND_LINE);
  }

  /** The arguments a parent passed on, in place of the ones this JVM decoded. */
  static Optional<String[]> passedOn(Map<String, String> env) {
    String hex = env.get(ARGUMENTS);
    if (hex == null) {
      return Optional.empty();
    }
    if (hex.isEmpty()) {
      return Optional.of(new String[0]);
    }
    return Optional.of(Stream.of(hex.split(",", -1))
        .map(h -> new String(HexFormat.of().parseHex(h.substring(1)), StandardCharsets.UTF_8)).toArray(String[]::new));
  }

  /**
   * Runs the child with this process's standard streams and waits for it.
   *
   * @param arguments how many arguments the user gave, the last entries of the command line
   * @return the child's exit code
   */
  static int run(int arguments) throws IOException, InterruptedException {
    List<byte[]> words = commandLine();
    List<String> hex = new ArrayList<>();
    for (byte[] word : words.subList(words.size() - arguments, words.size())) {
      hex.add("x" + HexFormat.of().formatHex(word)); // "x" so that an empty argument is not lost
    }
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command()
        .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
    command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName()));
    ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
    builder.environment().put("LC_ALL", "C.UTF-8");
    builder.environment().put(ARGUMENTS, String.join(",", hex));
    Process child = builder.start();
    // A SIGTERM to this process is passed on, so that the child can stop as it would have itself.
    Thread stopChild = new Thread(() -> {
      child.destroy();
      try {
        child.waitFor();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    });
    Runtime.getRuntime().addShutdownHook(stopChild);
    int code = child.waitFor();
    Runtime.getRuntime().removeShutdownHook(stopChild);
    return code;
  }

  /** The words of this process's command line, as the bytes it was given. */
  private static List<byte[]> commandLine() throws IOException {
    byte[] raw = Files.readAllBytes(COMMAND_LINE);
    List<byte[]> words = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < raw.length; i++) {
      if (raw[i] == 0) {
        words.add(Arrays.copyOfRange(raw, start, i));
        start = i + 1;
      }
    }
    return words;
  }
}
