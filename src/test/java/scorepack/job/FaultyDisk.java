package scorepack.job;

import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Optional;
import java.util.Set;

/**
 * The real disk with a fault: each operation is numbered from 1, and {@code fault} may turn an
 * operation into a failure. {@link #failingAt} fails one step (a full disk, say); {@link #dyingAt}
 * fails that step and every one after it, as if the process had died there.
 */
final class FaultyDisk implements Disk {
  /** Decides, from an operation's number, name and file, whether it fails and how; null to let it run. */
  @FunctionalInterface
  interface Fault {
    IOException of(int n, String operation, Path file);
  }

  private final Fault fault;
  private int count;

  FaultyDisk(Fault fault) {
    this.fault = fault;
  }

  /** Every operation runs: for counting them. */
  static FaultyDisk counting() {
    return new FaultyDisk((n, op, file) -> null);
  }

  /** Step {@code n} fails as a full disk does, naming no file. */
  static FaultyDisk failingAt(int n) {
    return new FaultyDisk((i, op, file) -> i == n ? new IOException("No space left on device") : null);
  }

  /** Step {@code n} and every later one fail: nothing is put right by this process. */
  static FaultyDisk dyingAt(int n) {
    return new FaultyDisk((i, op, file) -> i >= n ? new IOException("the process died here") : null);
  }

  /** How many operations ran or were attempted. */
  synchronized int count() {
    return count;
  }

  private void check(String operation, Path file) throws IOException {
    IOException failure;
    synchronized (this) {
      failure = fault.of(++count, operation, file);
    }
    if (failure != null) {
      throw failure;
    }
  }

  @Override
  public void createFolder(Path folder) throws IOException {
    check("createFolder", folder);
    LOCAL.createFolder(folder);
  }

  @Override
  public void write(Path file, byte[] bytes, Optional<Set<PosixFilePermission>> permissions) throws IOException {
    check("write", file);
    LOCAL.write(file, bytes, permissions);
  }

  @Override
  public void link(Path link, Path existing) throws IOException {
    check("link", existing);
    LOCAL.link(link, existing);
  }

  @Override
  public void replace(Path from, Path to) throws IOException {
    check("replace", to);
    LOCAL.replace(from, to);
  }

  @Override
  public void delete(Path path) throws IOException {
    check("delete", path);
    LOCAL.delete(path);
  }

  @Override
  public void flushFolder(Path folder) throws IOException {
    check("flushFolder", folder);
    LOCAL.flushFolder(folder);
  }
}
