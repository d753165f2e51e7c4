package scorepack.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import scorepack.definition.Limits;

/**
 * The checks an XLSX file passes before POI reads it: it is a zip (not a password-protected
 * workbook, which Excel stores in an OLE2 file), and no part of it expands beyond the sheet limit
 * or more than a hundredfold, as a zip bomb does. Each part is expanded and counted, since a
 * zip's own record of its sizes can lie.
 */
final class WorkbookParts {
  /** The first bytes of an OLE2 file, which is what Excel writes when a workbook has a password. */
  private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
      (byte) 0xE1};
  /** POI's own threshold: a part that expands more than this is a zip bomb. */
  private static final int MOST_EXPANSION = 100;
  private static final long SMALL_PART = 1 << 20;

  private WorkbookParts() {}

  static void check(Path file, Limits limits) throws IOException {
    try (InputStream in = java.nio.file.Files.newInputStream(file)) {
      if (Arrays.equals(in.readNBytes(OLE2.length), OLE2)) {
        throw new WorkbookText.Refusal("the workbook is protected by a password (or is an old .xls workbook"
            + " named .xlsx); expected an XLSX without a password: in Excel, remove the password (File > Info >"
            + " Protect Workbook) and save it as an Excel Workbook (.xlsx)");
      }
    }
    try (ZipFile zip = new ZipFile(file.toFile())) {
      Enumeration<? extends ZipEntry> entries = zip.entries();
      while (entries.hasMoreElements()) {
        ZipEntry entry = entries.nextElement();
        long bombSize = Math.max(SMALL_PART, MOST_EXPANSION * Math.max(entry.getCompressedSize(), 1));
        // The size the zip declares is checked first, then the size the part really expands to.
        long size = entry.getSize() > bombSize ? entry.getSize()
            : expandedSize(zip, entry, Math.min(limits.xlsxSheetBytes(), bombSize));
        if (size > bombSize) {
          throw new WorkbookText.Refusal("its part " + entry.getName() + " expands more than " + MOST_EXPANSION
              + " times over, as a zip bomb does; expected a workbook saved by Excel: open it in Excel and save it"
              + " again, or export the extract as CSV");
        }
        if (size > limits.xlsxSheetBytes()) {
          throw new WorkbookText.Refusal("its part " + entry.getName() + " expands to more than "
              + String.format(Locale.UK, "%,d", limits.xlsxSheetMegabytes()) + " MB; expected an extract's"
              + " sheet (or raise limits.xlsx_sheet_megabytes in scorepack.yaml, and the memory the run"
              + " has with SCOREPACK_JAVA_OPTS)");
        }
      }
    } catch (ZipException e) {
      throw new WorkbookText.Refusal("cannot be read as an XLSX workbook (it is not a zip file: " + e.getMessage()
          + "); expected a workbook saved by Excel as .xlsx, or a .csv file");
    }
  }

  /** The bytes the part expands to, counted up to just past the limit. */
  private static long expandedSize(ZipFile zip, ZipEntry entry, long limit) throws IOException {
    byte[] buffer = new byte[8192];
    long total = 0;
    try (InputStream in = zip.getInputStream(entry)) {
      for (int n; total <= limit && (n = in.read(buffer)) > 0; ) {
        total += n;
      }
    }
    return total;
  }
}
