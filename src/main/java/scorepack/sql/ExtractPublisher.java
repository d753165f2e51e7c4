package scorepack.sql;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import scorepack.extract.QueryProvenance;

/**
 * Adds a dated extract and its provenance to the data folder. Each file is written whole under a
 * hidden name, flushed to the disk, then linked into place under a name no file has: an existing
 * file is never changed or replaced. A second extract of a source on one day is named
 * {@code YYYY-MM-DD-SOURCE_2.csv}, which sorts after the first and so wins as the later re-run.
 */
public final class ExtractPublisher {
  /** More runs of one source in a day than anyone makes by hand: past it something is looping. */
  static final int MOST_PER_DAY = 99;

  private ExtractPublisher() {}

  /**
   * Publishes the extract and returns the path it was given.
   *
   * @throws IOException when the folder cannot be written; nothing of the extract is left behind
   */
  public static Path publish(Path folder, DatedExtract extract) throws IOException {
    byte[] csv = extract.csv().getBytes(StandardCharsets.UTF_8);
    for (int run = 1; run <= MOST_PER_DAY; run++) {
      Path target = folder.resolve(name(extract, run));
      Path record = QueryProvenance.fileFor(target);
      if (Files.exists(target) || Files.exists(record)) {
        continue;
      }
      byte[] provenance = extract.provenance().toYaml(target.getFileName().toString()).getBytes(StandardCharsets.UTF_8);
      // The record goes first, so that an extract in the folder always has its provenance.
      if (!place(record, provenance)) {
        continue;
      }
      try {
        if (place(target, csv)) {
          syncFolder(folder);
          return target;
        }
      } catch (IOException e) {
        Files.deleteIfExists(record);
        throw e;
      }
      Files.deleteIfExists(record); // another run took the name between our look and our link
    }
    throw new IOException("source '" + extract.source() + "' already has " + MOST_PER_DAY + " extracts dated "
        + extract.extracted() + " in " + folder + "; expected fewer runs in a day");
  }

  static String name(DatedExtract extract, int run) {
    return extract.extracted() + "-" + extract.source() + (run == 1 ? "" : "_" + run) + ".csv";
  }

  /** Writes the bytes to a hidden file, flushes them, and links it to {@code target}; false if the name is taken. */
  private static boolean place(Path target, byte[] bytes) throws IOException {
    Path staged = target.resolveSibling("." + target.getFileName() + ".scorepack-new");
    try (FileChannel ch = FileChannel.open(staged, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
      ByteBuffer b = ByteBuffer.wrap(bytes);
      while (b.hasRemaining()) {
        ch.write(b);
      }
      ch.force(true);
    } catch (IOException e) {
      Files.deleteIfExists(staged);
      throw e;
    }
    try {
      Files.createLink(target, staged); // fails if the name exists: never replaces
      return true;
    } catch (FileAlreadyExistsException e) {
      return false;
    } catch (UnsupportedOperationException | IOException e) {
      // A file system without hard links (a FAT drive, some network shares): move instead, after looking.
      if (Files.exists(target)) {
        return false;
      }
      Files.move(staged, target, StandardCopyOption.ATOMIC_MOVE);
      return true;
    } finally {
      Files.deleteIfExists(staged);
    }
  }

  private static void syncFolder(Path folder) {
    try (FileChannel ch = FileChannel.open(folder, StandardOpenOption.READ)) {
      ch.force(true);
    } catch (IOException e) {
      // Windows cannot open a folder to flush it; its rename is already durable
    }
  }
}
