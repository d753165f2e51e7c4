package scorepack.job;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * One file a run read or wrote, as its run record lists it.
 *
 * @param path the file, relative to the workspace when inside it, else absolute
 * @param size its length in bytes
 * @param sha256 its SHA-256, as 64 lower-case hex digits
 */
record FileDigest(String path, long size, String sha256) {
  FileDigest {
    Objects.requireNonNull(path, "path");
    if (size < 0 || sha256.length() != 64) {
      throw new IllegalArgumentException("a file's size and SHA-256 are needed: " + path);
    }
  }

  /** The digest of bytes about to be written. */
  static FileDigest of(String path, byte[] bytes) {
    return new FileDigest(path, bytes.length, HexFormat.of().formatHex(newDigest().digest(bytes)));
  }

  /** The digest of a file on the disk, read as a stream: an extract may be larger than the heap allows twice. */
  static FileDigest of(String path, Path file) throws IOException {
    MessageDigest digest = newDigest();
    long size;
    try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
      size = in.transferTo(OutputStream.nullOutputStream());
    }
    return new FileDigest(path, size, HexFormat.of().formatHex(digest.digest()));
  }

  private static MessageDigest newDigest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
