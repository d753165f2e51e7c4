package scorepack.render.xlsx;

import java.io.ByteArrayInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Rewrites a zip file (an XLSX) with every entry stamped with one fixed time, keeping the entries
 * and their order, so that the same workbook always gives the same bytes. POI stamps the current
 * time on each entry.
 */
final class FixedTimeZip {
  private final LocalDateTime entryTime;

  /** Entries are stamped with {@code time} as UTC wall-clock time, whatever the machine's zone. */
  FixedTimeZip(Instant time) {
    this.entryTime = LocalDateTime.ofInstant(time, ZoneOffset.UTC);
  }

  /** Writes {@code zip} to {@code out} with fixed entry times; {@code out} is left open. */
  void rewrite(byte[] zip, OutputStream out) throws IOException {
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
        ZipOutputStream rewritten = new ZipOutputStream(new KeepOpen(out))) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        ZipEntry copy = new ZipEntry(entry.getName());
        copy.setTimeLocal(entryTime);
        rewritten.putNextEntry(copy);
        in.transferTo(rewritten);
        rewritten.closeEntry();
      }
    }
  }

  /** Lets the zip writer finish and release its deflater without closing the caller's stream. */
  private static final class KeepOpen extends FilterOutputStream {
    KeepOpen(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      out.flush();
    }
  }
}
