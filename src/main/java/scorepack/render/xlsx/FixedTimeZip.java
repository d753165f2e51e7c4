package scorepack.render.xlsx;

import java.io.ByteArrayInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Rewrites a zip file (an XLSX or ODS) with every entry stamped with one fixed time, keeping the
 * entries, their order and whether each is stored or deflated (ODS wants its mimetype stored), so
 * that the same workbook always gives the same bytes. POI and SODS stamp the current time.
 */
public final class FixedTimeZip {
  private final LocalDateTime entryTime;

  /** Entries are stamped with {@code time} as UTC wall-clock time, whatever the machine's zone. */
  public FixedTimeZip(Instant time) {
    this.entryTime = LocalDateTime.ofInstant(time, ZoneOffset.UTC);
  }

  /** Writes {@code zip} to {@code out} with fixed entry times; {@code out} is left open. */
  public void rewrite(byte[] zip, OutputStream out) throws IOException {
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
        ZipOutputStream rewritten = new ZipOutputStream(new KeepOpen(out))) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        byte[] data = in.readAllBytes();
        ZipEntry copy = new ZipEntry(entry.getName());
        copy.setTimeLocal(entryTime);
        if (entry.getMethod() == ZipEntry.STORED) {
          CRC32 crc = new CRC32();
          crc.update(data);
          copy.setMethod(ZipEntry.STORED);
          copy.setSize(data.length);
          copy.setCompressedSize(data.length);
          copy.setCrc(crc.getValue());
        }
        rewritten.putNextEntry(copy);
        rewritten.write(data);
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
