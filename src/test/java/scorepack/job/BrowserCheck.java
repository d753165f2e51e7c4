package scorepack.job;

import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * A real Chromium, driven by {@code src/test/browser/check-html.js} through node and
 * puppeteer-core, with axe-core injected into each page. The node modules are the ones
 * {@code src/test/browser/package-lock.json} pins, installed by {@code .ci/run} into
 * {@code target/browser-tools} ({@code SCOREPACK_BROWSER_TOOLS} names another folder); Chromium is
 * Debian's ({@code SCOREPACK_CHROMIUM} names another). Nothing downloads a browser.
 *
 * <p>Without Chromium, node or the modules the tests skip with the reason printed, unless
 * {@code SCOREPACK_REQUIRE_BROWSER=1} (set by {@code .ci/run}), which makes a skip a failure.
 *
 * @param node the node executable
 * @param chromium the Chromium executable
 * @param modules the {@code node_modules} folder holding axe-core and puppeteer-core
 */
record BrowserCheck(Path node, Path chromium, Path modules) {
  private static final Path SCRIPT = Path.of("src/test/browser/check-html.js");
  private static final ObjectMapper JSON = new ObjectMapper();

  /** The tools, found; skips (or, in CI, fails) the calling test when one is missing. */
  static BrowserCheck available() {
    Optional<Path> node = onPath("node");
    Optional<Path> chromium = Optional.ofNullable(System.getenv("SCOREPACK_CHROMIUM")).map(Path::of)
        .or(() -> onPath("chromium")).or(() -> onPath("chromium-browser"));
    Path modules = Path.of(Optional.ofNullable(System.getenv("SCOREPACK_BROWSER_TOOLS")).orElse("target/browser-tools"))
        .resolve("node_modules");
    List<String> missing = new ArrayList<>();
    if (node.isEmpty()) {
      missing.add("node is not on the PATH (Debian: apt-get install nodejs npm)");
    }
    if (chromium.isEmpty() || !Files.isExecutable(chromium.get())) {
      missing.add("no Chromium (Debian: apt-get install chromium, or set SCOREPACK_CHROMIUM)");
    }
    for (String module : List.of("axe-core", "puppeteer-core")) {
      if (!Files.isDirectory(modules.resolve(module))) {
        missing.add(module + " is not in " + modules + " (.ci/run installs it: PUPPETEER_SKIP_DOWNLOAD=1 npm ci"
            + " in a copy of src/test/browser)");
      }
    }
    if (!missing.isEmpty()) {
      String reason = "browser tests skipped: " + String.join("; ", missing);
      System.err.println(reason);
      if ("1".equals(System.getenv("SCOREPACK_REQUIRE_BROWSER"))) {
        fail(reason + " (SCOREPACK_REQUIRE_BROWSER=1: CI requires the browser tests to run)");
      }
      Assumptions.abort(reason);
    }
    return new BrowserCheck(node.get(), chromium.get(), modules.toAbsolutePath());
  }

  /**
   * Opens each page at each width and returns the script's findings: axe-core's violations of the
   * given tags, the page's overflow, the links and regions Tab never reached, any request the page
   * made, and the screenshot taken at each of {@code screenshotWidths}.
   */
  JsonNode check(List<Path> pages, List<Integer> widths, List<Integer> screenshotWidths, Path screenshots,
      List<String> tags, Path work) throws IOException, InterruptedException {
    Files.createDirectories(screenshots);
    Path request = work.resolve("browser-request.json");
    Path result = work.resolve("browser-result.json");
    Files.deleteIfExists(result);
    JSON.writeValue(request.toFile(), Map.of("chromium", chromium.toString(),
        "pages", pages.stream().map(p -> p.toAbsolutePath().toString()).toList(), "widths", widths,
        "screenshotWidths", screenshotWidths, "screenshots", screenshots.toAbsolutePath().toString(), "tags", tags));
    ProcessBuilder pb = new ProcessBuilder(node.toString(), SCRIPT.toAbsolutePath().toString(), request.toString(),
        result.toString()).redirectErrorStream(true).redirectOutput(work.resolve("browser-log.txt").toFile());
    pb.environment().put("NODE_PATH", modules.toString());
    Process process = pb.start();
    if (!process.waitFor(10, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      fail("the browser checks took over 10 minutes; see " + work.resolve("browser-log.txt"));
    }
    if (process.exitValue() != 0 || !Files.exists(result)) {
      fail("the browser checks failed (exit " + process.exitValue() + "):\n"
          + Files.readString(work.resolve("browser-log.txt")));
    }
    return JSON.readTree(result.toFile());
  }

  private static Optional<Path> onPath(String name) {
    String path = Optional.ofNullable(System.getenv("PATH")).orElse("");
    try (Stream<String> dirs = Stream.of(path.split(java.io.File.pathSeparator))) {
      return dirs.filter(d -> !d.isEmpty()).map(d -> Path.of(d, name)).filter(Files::isExecutable).findFirst();
    }
  }
}
