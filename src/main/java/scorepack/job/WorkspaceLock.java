package scorepack.job;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import scorepack.diagnostic.FileFailure;

/**
 * Keeps two month-end runs on one workspace from writing packs and the ledger at the same time:
 * the second waits briefly for the first, then gives up with a clear message.
 */
final class WorkspaceLock implements AutoCloseable {
  static final String FILE_NAME = ".scorepack.lock";
  private static final Duration POLL = Duration.ofMillis(200);

  private final FileChannel channel;
  private final FileLock lock;

  private WorkspaceLock(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  /** Takes the workspace's lock, waiting up to {@code wait} for another run to finish. */
  static WorkspaceLock acquire(Path workspace, Duration wait) throws IOException {
    Path file = workspace.resolve(FILE_NAME);
    if (Files.isSymbolicLink(file)) {
      throw new IOException(file + " is a symbolic link; scorepack never follows a link to take its lock. Nothing"
          + " was written: delete the link and run again");
    }
    FileChannel channel;
    try {
      channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
    } catch (IOException e) {
      throw new IOException("cannot take the workspace's lock " + file + ": " + FileFailure.writing(e)
          + ". Nothing was written", e);
    }
    long deadline = System.nanoTime() + wait.toNanos();
    try {
      while (true) {
        FileLock lock = tryLock(channel);
        if (lock != null) {
          return new WorkspaceLock(channel, lock);
        }
        if (System.nanoTime() >= deadline) {
          throw new IOException("another scorepack run is writing to this workspace (it holds " + file
              + "); waited " + wait.toSeconds() + " s. Nothing was written: run again when it has finished");
        }
        Thread.sleep(POLL.toMillis());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      channel.close();
      throw new IOException("interrupted while waiting for the workspace lock " + file, e);
    } catch (IOException | RuntimeException e) {
      channel.close();
      throw e;
    }
  }

  private static FileLock tryLock(FileChannel channel) throws IOException {
    try {
      return channel.tryLock();
    } catch (OverlappingFileLockException e) {
      return null; // held by another run in this same JVM
    }
  }

  @Override
  public void close() throws IOException {
    try {
      lock.release();
    } finally {
      channel.close();
    }
  }
}
