package scorepack.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import scorepack.diagnostic.FileFailure;

/**
 * Publishes a run's issues, each unit (the run, or one authority of several) all or nothing. It
 * holds the workspace's lock for the run; on opening it settles whatever an interrupted run left
 * (from its journal) and removes stray staged files; while open, a signal (SIGTERM, Ctrl-C) puts
 * back the previous issue of every unit still being published before the process ends.
 */
final class Publisher implements AutoCloseable {
  /** The journals' names in the workspace: this, or this and "-" and the authority. */
  static final String JOURNAL = ".scorepack-journal";
  /** What interrupted runs leave beside their targets: ours, and the .part files of older versions. */
  private static final Pattern LEFTOVER = Pattern.compile("\\..+\\.(scorepack-new|scorepack-old|\\d+\\.part)");

  private final Path workspace;
  private final Disk disk;
  private final WorkspaceLock lock;
  private final Set<Publication> underWay = ConcurrentHashMap.newKeySet();
  private final Thread onSignal = new Thread(this::stopForSignal, "scorepack: put back the previous issue");

  private Publisher(Path workspace, Disk disk, WorkspaceLock lock) {
    this.workspace = workspace;
    this.disk = disk;
    this.lock = lock;
  }

  /**
   * Takes the workspace's lock and settles what an interrupted run left.
   *
   * @param outputFolders the folders this run writes into (out/, ledger/): strays are removed from them
   *     and from the folders directly inside them
   * @param progress told what was settled
   */
  static Publisher open(Path workspace, Duration wait, Disk disk, List<Path> outputFolders,
      Consumer<String> progress) throws IOException {
    WorkspaceLock lock = WorkspaceLock.acquire(workspace, wait);
    try {
      Publisher publisher = new Publisher(workspace, disk, lock);
      publisher.settleInterrupted(outputFolders, progress);
      Runtime.getRuntime().addShutdownHook(publisher.onSignal);
      return publisher;
    } catch (IOException | RuntimeException e) {
      lock.close();
      throw e;
    }
  }

  /**
   * Publishes one unit: its packs and its ledger together, or nothing.
   *
   * @param authority the unit's authority, in a run over several
   * @param packs the packs' bytes by file
   * @param ledger the unit's ledger file; a symbolic link is followed to the ledger it names
   * @throws IOException saying what failed, on which file, what to do, and that the previous issue stands
   */
  void publish(Optional<String> authority, Map<Path, byte[]> packs, Path ledger, byte[] ledgerBytes)
      throws IOException {
    Map<Path, byte[]> files = new LinkedHashMap<>(packs);
    files.put(throughLink(ledger), ledgerBytes);
    Publication publication =
        new Publication(disk, workspace.resolve(JOURNAL + authority.map(a -> "-" + a).orElse("")));
    underWay.add(publication);
    try {
      publication.publish(files);
    } catch (Publication.StepFailed e) {
      String nothing = "Nothing " + authority.map(a -> "for " + a + " ").orElse("") + "was published";
      String settled = e.getSuppressed().length == 0
          ? nothing + ": the packs and " + ledger + " are the previous issue, as they were"
          : nothing + ", and putting the previous issue back failed too ("
              + FileFailure.describe((IOException) e.getSuppressed()[0]) + "): the next run puts it back first";
      throw new IOException(e.getMessage() + ": " + FileFailure.writing(e.getCause()) + ". " + settled, e);
    } finally {
      underWay.remove(publication);
    }
  }

  /** Publishes one file on its own, whole or not at all: the record of a run over several authorities. */
  void publishAlone(Path file, byte[] bytes) throws IOException {
    Publication publication = new Publication(disk, workspace.resolve(JOURNAL + ".record"));
    underWay.add(publication);
    try {
      publication.publish(Map.of(file, bytes));
    } catch (Publication.StepFailed e) {
      throw new IOException(e.getMessage() + ": " + FileFailure.writing(e.getCause()) + ". Every authority's packs"
          + " were published; " + file + " is the previous run's", e);
    } finally {
      underWay.remove(publication);
    }
  }

  /** Follows a symbolic link to the ledger it names, so the link stays; a link to no file is refused. */
  private static Path throughLink(Path ledger) throws IOException {
    if (!Files.isSymbolicLink(ledger)) {
      return ledger;
    }
    Path real;
    try {
      real = ledger.toRealPath();
    } catch (IOException e) {
      real = null;
    }
    if (real == null || !Files.isRegularFile(real)) {
      throw new IOException(ledger + " is a symbolic link to " + Files.readSymbolicLink(ledger) + ", which is not"
          + " a ledger file. Nothing was written: point the link at the ledger, or put the ledger itself in its"
          + " place, and run again");
    }
    return real;
  }

  private void settleInterrupted(List<Path> outputFolders, Consumer<String> progress) throws IOException {
    List<Path> journals;
    try (Stream<Path> s = Files.list(workspace)) {
      journals = s.filter(p -> p.getFileName().toString().startsWith(JOURNAL)).sorted().toList();
    }
    for (Path journal : journals) {
      if (journal.getFileName().toString().endsWith(".tmp")) {
        disk.delete(journal);
        continue;
      }
      Publication interrupted = Publication.resume(disk, journal);
      boolean finished = interrupted.isComplete();
      try {
        interrupted.settle();
      } catch (IOException e) {
        throw new IOException("an interrupted run left " + journal + ", and settling it failed: "
            + FileFailure.describe(e) + ". Nothing was written; run again when that is put right", e);
      }
      progress.accept((finished ? "finished publishing" : "put back the previous issue of")
          + " the files an interrupted run recorded in " + journal);
    }
    for (Path folder : outputFolders) {
      for (Path stray : strays(folder)) {
        disk.delete(stray);
        progress.accept("removed " + stray + ", left by an interrupted run");
      }
    }
  }

  /** Staged files and copies left in a folder and the folders directly inside it. */
  private static List<Path> strays(Path folder) throws IOException {
    List<Path> found = new ArrayList<>();
    if (!Files.isDirectory(folder)) {
      return found;
    }
    try (Stream<Path> s = Files.list(folder)) {
      for (Path p : s.sorted().toList()) {
        if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
          try (Stream<Path> inner = Files.list(p)) {
            inner.filter(Publisher::isStray).sorted().forEach(found::add);
          }
        } else if (isStray(p)) {
          found.add(p);
        }
      }
    }
    return found;
  }

  private static boolean isStray(Path p) {
    return LEFTOVER.matcher(p.getFileName().toString()).matches() && !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS);
  }

  /**
   * Runs in the JVM's shutdown, on SIGTERM or Ctrl-C: each unit still being published is put back.
   * It prints to the process's own stderr, as the command's streams may already be gone.
   */
  private void stopForSignal() {
    for (Publication p : underWay) {
      try {
        boolean complete = p.isComplete();
        p.stop();
        System.err.println("scorepack: stopped by a signal while publishing; " + (complete
            ? "the new issue was already in place and is kept" : "the previous issue was put back"));
      } catch (IOException e) {
        System.err.println("scorepack: stopped by a signal while publishing, and putting the previous issue back"
            + " failed (" + FileFailure.describe(e) + "); the next run puts it back first");
      }
    }
  }

  @Override
  public void close() throws IOException {
    try {
      Runtime.getRuntime().removeShutdownHook(onSignal);
    } catch (IllegalStateException e) {
      // The JVM is shutting down: the hook is running or has run.
    } finally {
      lock.close();
    }
  }
}
