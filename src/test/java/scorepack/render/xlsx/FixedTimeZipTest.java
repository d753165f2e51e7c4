package scorepack.render.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

class FixedTimeZipTest {
  @Test
  void keepsEntriesAndOrderAndStampsTheFixedTime() throws IOException {
    ByteArrayOutputStream original = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(original)) {
      for (String name : List.of("[Content_Types].xml", "xl/workbook.xml", "docProps/core.xml")) {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(name.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    }
    ByteArrayOutputStream rewritten = new ByteArrayOutputStream();
    new FixedTimeZip(Instant.parse("2023-01-31T00:00:00Z")).rewrite(original.toByteArray(), rewritten);

    List<String> names = new ArrayList<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(rewritten.toByteArray()))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        names.add(e.getName());
        assertThat(e.getTimeLocal()).isEqualTo(LocalDateTime.of(2023, 1, 31, 0, 0));
        assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(e.getName());
      }
    }
    assertThat(names).containsExactly("[Content_Types].xml", "xl/workbook.xml", "docProps/core.xml");
  }

  @Test
  void storedEntriesStayStored() throws IOException {
    ByteArrayOutputStream original = new ByteArrayOutputStream();
    byte[] mimetype = "application/vnd.oasis.opendocument.spreadsheet".getBytes(StandardCharsets.US_ASCII);
    try (ZipOutputStream zip = new ZipOutputStream(original)) {
      ZipEntry stored = new ZipEntry("mimetype");
      java.util.zip.CRC32 crc = new java.util.zip.CRC32();
      crc.update(mimetype);
      stored.setMethod(ZipEntry.STORED);
      stored.setSize(mimetype.length);
      stored.setCrc(crc.getValue());
      zip.putNextEntry(stored);
      zip.write(mimetype);
      zip.closeEntry();
      zip.putNextEntry(new ZipEntry("content.xml"));
      zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    ByteArrayOutputStream rewritten = new ByteArrayOutputStream();
    new FixedTimeZip(Instant.parse("2023-01-31T00:00:00Z")).rewrite(original.toByteArray(), rewritten);
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(rewritten.toByteArray()))) {
      ZipEntry first = in.getNextEntry();
      assertThat(first.getMethod()).isEqualTo(ZipEntry.STORED);
      assertThat(in.readAllBytes()).isEqualTo(mimetype);
      assertThat(in.getNextEntry().getMethod()).isEqualTo(ZipEntry.DEFLATED);
    }
  }
}
