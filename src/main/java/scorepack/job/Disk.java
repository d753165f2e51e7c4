package scorepack.job;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Optional;
import java.util.Set;

/**
 * The file operations that publish a run, each one a step that may fail: the real disk in a run,
 * a failing one in the tests that fail a run at every step.
 */
interface Disk {
  /** The disk itself. */
  Disk LOCAL = new Local();

  /** Creates one folder, whose parent exists. */
  void createFolder(Path folder) throws IOException;

  /**
   * Writes a new file and flushes it to the disk before returning.
   *
   * @param permissions the file's POSIX permissions; empty for the folder's default (the umask)
   */
  void write(Path file, byte[] bytes, Optional<Set<PosixFilePermission>> permissions) throws IOException;

  /** Makes {@code link} a second name for {@code existing}, or a flushed copy where links are not supported. */
  void link(Path link, Path existing) throws IOException;

  /** Moves a file over another in the same folder, in one step: a reader sees the old or the new. */
  void replace(Path from, Path to) throws IOException;

  /** Deletes a file or an empty folder, if it is there. */
  void delete(Path path) throws IOException;

  /** Flushes a folder's entries (new names, renames) to the disk. */
  void flushFolder(Path folder) throws IOException;

  /** The JDK's file system. */
  final class Local implements Disk {
    private Local() {}

    @Override
    public void createFolder(Path folder) throws IOException {
      Files.createDirectory(folder);
    }

    @Override
    public void write(Path file, byte[] bytes, Optional<Set<PosixFilePermission>> permissions) throws IOException {
      try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE,
          LinkOption.NOFOLLOW_LINKS)) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        while (buffer.hasRemaining()) {
          channel.write(buffer);
        }
        channel.force(true);
      }
      if (permissions.isPresent()) {
        PosixFileAttributeView view =
            Files.getFileAttributeView(file, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
        if (view != null) {
          view.setPermissions(permissions.get());
        }
      }
    }

    @Override
    public void link(Path link, Path existing) throws IOException {
      try {
        Files.createLink(link, existing);
      } catch (UnsupportedOperationException | FileSystemException e) {
        // FAT drives and some network shares have no hard links: keep a copy instead.
        write(link, Files.readAllBytes(existing), Optional.empty());
      }
    }

    @Override
    public void replace(Path from, Path to) throws IOException {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    @Override
    public void delete(Path path) throws IOException {
      Files.deleteIfExists(path);
    }

    @Override
    public void flushFolder(Path folder) throws IOException {
      FileChannel channel;
      try {
        channel = FileChannel.open(folder, StandardOpenOption.READ);
      } catch (IOException e) {
        return; // Windows cannot open a folder; its file system commits a rename itself
      }
      try (channel) {
        channel.force(true);
      }
    }
  }
}
