package scorepack.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * One unit of a run's output, its packs and its ledger, published together or not at all. Each
 * new file is written beside its target and flushed to the disk; the previous file is kept under
 * a second name; a journal records each stage, so that a failure, a signal or a killed process
 * can always be settled: the previous issue put back, or the new one finished.
 */
final class Publication {
  private final Disk disk;
  private final Path journalFile;
  private Journal journal; // as last recorded on the disk; null when nothing is under way
  private boolean stopped;

  /** @param journalFile where this unit records its progress, a hidden file in the workspace */
  Publication(Disk disk, Path journalFile) {
    this.disk = disk;
    this.journalFile = journalFile;
  }

  /** The publication an interrupted run recorded in {@code journalFile}, to be settled. */
  static Publication resume(Disk disk, Path journalFile) throws IOException {
    Publication p = new Publication(disk, journalFile);
    p.journal = Journal.read(journalFile).orElse(null);
    return p;
  }

  /**
   * Puts every file in place, or none: when this throws, each target is as it was before.
   *
   * @param files the new bytes by target
   * @throws StepFailed naming the step and file that failed, with what settling found
   */
  void publish(Map<Path, byte[]> files) throws StepFailed {
    try {
      stage(files);
      commit();
    } catch (StepFailed e) {
      boolean complete = isComplete();
      // A thread interrupted mid-step (a pool shut down) could not touch a file channel to put things back.
      boolean interrupted = Thread.interrupted();
      try {
        settle();
      } catch (IOException again) {
        e.addSuppressed(again);
      } finally {
        if (interrupted) {
          Thread.currentThread().interrupt();
        }
      }
      if (!complete) {
        throw e;
      }
    }
  }

  private void stage(Map<Path, byte[]> files) throws StepFailed {
    List<Journal.File> entries = new ArrayList<>();
    files.keySet().forEach(t -> entries.add(new Journal.File(t, Files.exists(t, LinkOption.NOFOLLOW_LINKS))));
    record(new Journal(Journal.Stage.STAGING, missingFolders(files.keySet()), entries));
    // Units of one run share out/ and ledger/: one makes its folders while no other removes any.
    synchronized (Publication.class) {
      for (Path folder : journal.folders()) {
        if (!Files.isDirectory(folder)) {
          step("create the folder", folder, () -> disk.createFolder(folder));
        }
      }
    }
    for (Journal.File f : entries) {
      Optional<Set<PosixFilePermission>> permissions = permissionsOf(f.target());
      step("write", f.target(), () -> disk.write(f.staged(), files.get(f.target()), permissions));
    }
    for (Journal.File f : entries) {
      if (f.existed()) {
        step("keep a copy of", f.target(), () -> disk.link(f.backup(), f.target()));
      }
    }
    for (Path folder : foldersOf(entries)) {
      step("flush the folder", folder, () -> disk.flushFolder(folder));
    }
    record(journal.at(Journal.Stage.COMMITTING));
  }

  private void commit() throws StepFailed {
    for (Journal.File f : journal.files()) {
      step("replace", f.target(), () -> disk.replace(f.staged(), f.target()));
    }
    for (Path folder : foldersOf(journal.files())) {
      step("flush the folder", folder, () -> disk.flushFolder(folder));
    }
    record(journal.at(Journal.Stage.COMMITTED));
    try {
      settle();
    } catch (IOException e) {
      // The new issue is complete; the next run removes the previous files' copies.
    }
  }

  /**
   * Brings the targets to a whole issue: the previous one, unless every new file was already in
   * place; then removes the copies, the staged files, the folders made for nothing and the journal.
   * Running it again, after it was itself interrupted, finishes the job.
   */
  synchronized void settle() throws IOException {
    disk.delete(journalTemp());
    if (journal == null) {
      return;
    }
    Journal.Stage stage = journal.stage();
    for (Journal.File f : journal.files()) {
      if (stage == Journal.Stage.COMMITTING) {
        if (Files.exists(f.backup(), LinkOption.NOFOLLOW_LINKS)) {
          // A target never replaced is left alone: on Windows it may be open, and could not be.
          if (!sameFile(f.backup(), f.target())) {
            disk.replace(f.backup(), f.target());
          }
        } else if (!f.existed()) {
          disk.delete(f.target());
        }
      }
      disk.delete(f.backup()); // a rename onto another name of the same file leaves both
      disk.delete(f.staged());
    }
    if (stage != Journal.Stage.COMMITTED) {
      List<Path> folders = journal.folders();
      synchronized (Publication.class) {
        for (int i = folders.size() - 1; i >= 0; i--) {
          if (isEmptyFolder(folders.get(i))) {
            disk.delete(folders.get(i));
          }
        }
      }
    }
    for (Path folder : foldersOf(journal.files())) {
      if (Files.isDirectory(folder)) {
        disk.flushFolder(folder);
      }
    }
    disk.delete(journalFile);
    disk.flushFolder(journalFile.toAbsolutePath().getParent());
    journal = null;
  }

  /** Whether every new file is in place, so that settling keeps the new issue. */
  synchronized boolean isComplete() {
    return journal != null && journal.stage() == Journal.Stage.COMMITTED;
  }

  /** Stops the publication for a signal, and settles it: no step runs after this. */
  synchronized void stop() throws IOException {
    stopped = true;
    settle();
  }

  private synchronized void step(String doing, Path file, IoStep step) throws StepFailed {
    if (stopped) {
      throw new StepFailed(doing, file, new IOException("stopped by a signal"));
    }
    try {
      step.run();
    } catch (IOException e) {
      throw new StepFailed(doing, file, e);
    }
  }

  /** Records the next stage: written whole beside the journal, flushed, then moved over it. */
  private void record(Journal next) throws StepFailed {
    Path temp = journalTemp();
    step("record the run in", journalFile, () -> {
      disk.delete(temp);
      disk.write(temp, next.bytes(), Optional.empty());
      disk.replace(temp, journalFile);
      journal = next;
      disk.flushFolder(journalFile.toAbsolutePath().getParent());
    });
  }

  private Path journalTemp() {
    return journalFile.resolveSibling(journalFile.getFileName() + ".tmp");
  }

  /** A replaced file keeps its permissions; a new one (or one replacing a link) gets the folder's default. */
  private static Optional<Set<PosixFilePermission>> permissionsOf(Path target) throws StepFailed {
    if (!Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)
        || !target.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      return Optional.empty();
    }
    try {
      return Optional.of(Files.readAttributes(target, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS)
          .permissions());
    } catch (IOException e) {
      throw new StepFailed("read the permissions of", target, e);
    }
  }

  /** The folders the targets need that do not exist yet, parents first. */
  private static List<Path> missingFolders(Set<Path> targets) {
    Set<Path> missing = new LinkedHashSet<>();
    for (Path target : targets) {
      List<Path> chain = new ArrayList<>();
      for (Path f = target.toAbsolutePath().getParent(); f != null && !Files.exists(f); f = f.getParent()) {
        chain.add(0, f);
      }
      missing.addAll(chain);
    }
    return List.copyOf(missing);
  }

  private static Set<Path> foldersOf(List<Journal.File> files) {
    Set<Path> folders = new LinkedHashSet<>();
    files.forEach(f -> folders.add(f.target().toAbsolutePath().getParent()));
    return folders;
  }

  /** Whether the copy and the target are one file, or hold the same bytes (where the copy is a copy). */
  private static boolean sameFile(Path backup, Path target) throws IOException {
    if (!Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)
        || !Files.isRegularFile(backup, LinkOption.NOFOLLOW_LINKS)) {
      return false;
    }
    return Files.isSameFile(backup, target) || Files.mismatch(backup, target) == -1;
  }

  private static boolean isEmptyFolder(Path folder) throws IOException {
    if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
      return false;
    }
    try (Stream<Path> s = Files.list(folder)) {
      return s.findAny().isEmpty();
    }
  }

  /** One file operation. */
  @FunctionalInterface
  private interface IoStep {
    void run() throws IOException;
  }

  /** A step of the publication failed: what it was doing, to which file, and why. */
  static final class StepFailed extends IOException {
    private final String doing;
    private final transient Path file;

    StepFailed(String doing, Path file, IOException cause) {
      super("could not " + doing + " " + file, cause);
      this.doing = doing;
      this.file = file;
    }

    String doing() {
      return doing;
    }

    Path file() {
      return file;
    }

    @Override
    public synchronized IOException getCause() {
      return (IOException) super.getCause();
    }
  }
}
