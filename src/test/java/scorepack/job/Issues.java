package scorepack.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import scorepack.cli.MiniWorkspace;
import scorepack.diagnostic.Diagnostics;
import scorepack.extract.ExtractCutoff;

/**
 * A copy of the mini workspace with one issue published, and a second issue to publish over it:
 * the January extract re-run, so that every file of the second issue differs from the first.
 */
final class Issues {
  static final Set<Format> FORMATS = EnumSet.of(Format.CSV, Format.ODS);
  private static final String REVISION = """
      indicator,period,breakdown,value,numerator,denominator
      reviews-in-time,2022-12,,,30,37
      """;
  /** The workspace's own inputs; everything else in it is the run's output. */
  private static final Set<String> INPUTS = Set.of("samples", "indicators", "templates", "glossary.yaml");

  private Issues() {}

  /**
   * The outputs of a first issue and of a second published over it without a fault.
   *
   * @param steps how many file operations publishing the second took
   */
  record Two(Map<String, String> first, Map<String, String> second, int steps) {}

  /** Publishes two issues in a workspace made in {@code folder}, counting the second's file operations. */
  static Two publishedCleanly(Path folder) throws IOException {
    Path ws = withFirstIssue(folder);
    Map<String, String> first = outputs(ws);
    FaultyDisk counting = FaultyDisk.counting();
    generate(ws, counting);
    return new Two(first, outputs(ws), counting.count());
  }

  /** A copy of the mini workspace, not yet run. */
  static Path workspace(Path target) throws IOException {
    return MiniWorkspace.copyTo(target);
  }

  /** The mini workspace with its first issue published and the extract for a second one added. */
  static Path withFirstIssue(Path target) throws IOException {
    Path ws = workspace(target);
    generate(ws, Disk.LOCAL);
    addRevision(ws.resolve("samples"));
    return ws;
  }

  /** Adds to an extracts folder the extract that re-runs December, so the next issue differs in every file. */
  static void addRevision(Path extracts) throws IOException {
    Files.writeString(extracts.resolve("2023-01-20-extract.csv"), REVISION, StandardCharsets.UTF_8);
  }

  /** Runs generate on the workspace through the disk given. */
  static List<Path> generate(Path ws, Disk disk) throws IOException {
    return generate(ws, disk, Optional.empty(), List.of());
  }

  static List<Path> generate(Path ws, Disk disk, Optional<String> authority, List<String> packs) throws IOException {
    GenerateRequest request = new GenerateRequest(ws, ws.resolve("samples"), ws.resolve("out"), Optional.empty(),
        packs, FORMATS, Optional.of(Instant.ofEpochSecond(1675123200)), ExtractCutoff.of(Optional.empty(),
        Clock.systemUTC()), false, authority, 2);
    return new GenerateJob(RunLog.silent(), disk).run(request, new Diagnostics());
  }

  /**
   * A file's bytes; for a run record, without the times it holds (the one output that differs from
   * run to run), so that two runs' records compare by what they published.
   */
  private static byte[] withoutTimes(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    if (!file.getFileName().toString().equals("scorepack-run.json")) {
      return bytes;
    }
    return new String(bytes, StandardCharsets.UTF_8)
        .replaceAll("\"(started|finished|duration_seconds)\" : [^,]*,", "")
        .getBytes(StandardCharsets.UTF_8);
  }

  /** Every output file under the workspace, hidden ones too, by path: the lock file is not output. */
  static Map<String, String> outputs(Path ws) {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> all = Files.walk(ws)) {
      for (Path p : all.filter(p -> !p.equals(ws)).toList()) {
        String relative = ws.relativize(p).toString().replace('\\', '/');
        if (INPUTS.contains(relative.split("/")[0]) || relative.equals(WorkspaceLock.FILE_NAME)) {
          continue;
        }
        files.put(relative, Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)
            ? Integer.toHexString(java.util.Arrays.hashCode(withoutTimes(p))) : "folder or link");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }
}
