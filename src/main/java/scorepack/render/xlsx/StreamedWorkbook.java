package scorepack.render.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.Deflater;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.io.input.CharSequenceReader;
import org.apache.commons.io.input.ReaderInputStream;
import org.apache.commons.io.output.StringBuilderWriter;
import org.apache.commons.io.output.UnsynchronizedByteArrayOutputStream;
import org.apache.poi.openxml4j.util.ZipArchiveThresholdInputStream;
import org.apache.poi.openxml4j.util.ZipEntrySource;
import org.apache.poi.openxml4j.util.ZipInputStreamZipEntrySource;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * POI's streaming workbook, which writes each row's XML as the row is made instead of building
 * XMLBeans objects for every cell (most of the time an XSSF workbook took), kept in memory instead
 * of temporary files (a pack's sheets are small, and a cron job should not leave files behind),
 * and with every zip entry stamped with one fixed time so that the same pack gives the same bytes.
 */
final class StreamedWorkbook extends SXSSFWorkbook {
  /** Rows kept as objects before being turned into XML; the writer never goes back to a row. */
  private static final int ROWS_IN_MEMORY = 100;

  /** A quick deflate: the default level took a sixth of the writing time, for files a tenth smaller. */
  private static final int COMPRESSION_LEVEL = 3;

  /** The content types first, as Excel writes them, then the parts by name. */
  private static final Comparator<ZipArchiveEntry> PACKAGE_ORDER = Comparator
      .comparing((ZipArchiveEntry e) -> !e.getName().equals("[Content_Types].xml"))
      .thenComparing(ZipArchiveEntry::getName);

  /** What POI writes for a sheet's rows before it puts the rows in. */
  private static final String EMPTY_SHEET_DATA = "<sheetData/>";

  private final LocalDateTime entryTime;

  /** Entries are stamped with {@code created} as UTC wall-clock time, whatever the machine's zone. */
  StreamedWorkbook(Instant created) {
    super(new XSSFWorkbook(), ROWS_IN_MEMORY, false, false);
    this.entryTime = LocalDateTime.ofInstant(created, ZoneOffset.UTC);
  }

  /**
   * Writes the workbook to {@code out}, which is left open. As POI's {@code writeAvoidingTempFiles}
   * does, the XSSF parts are zipped in memory, read back, and zipped again with the streamed sheets
   * put in; but that first zip is only an envelope, so it is stored rather than deflated (POI
   * deflated it at its default level, chart pictures and all: a tenth of a workbook's writing time).
   */
  void writeTo(OutputStream out) throws IOException {
    flushSheets();
    UnsynchronizedByteArrayOutputStream envelope = UnsynchronizedByteArrayOutputStream.builder().get();
    try (ZipArchiveOutputStream stored = new ZipArchiveOutputStream(envelope)) {
      stored.setLevel(Deflater.NO_COMPRESSION);
      getXSSFWorkbook().write(stored);
    }
    try (ZipInputStreamZipEntrySource parts = new ZipInputStreamZipEntrySource(
        new ZipArchiveThresholdInputStream(new ZipArchiveInputStream(envelope.toInputStream())))) {
      injectData(parts, out);
    }
  }

  /**
   * Discards the workbook. POI's close() would first save the in-memory XSSF package once more, to
   * nowhere: a tenth of a workbook's writing time.
   */
  @Override
  public void close() {
    getXSSFWorkbook().getPackage().revert();
  }

  /**
   * Copies the parts into the workbook's zip in a stable order, the content types first as Excel
   * writes them (POI reads the parts it wrote back into a hash map, whose order is nobody's
   * promise), with each sheet's streamed rows in place of its empty {@code <sheetData/>}. POI's own
   * copy decodes and encodes every sheet part, rows and all, one character at a time, about 4% of a
   * workbook's writing time under the launcher's compiler; this puts the rows' bytes in as they
   * are, with the same result.
   */
  @Override
  protected void injectData(ZipEntrySource parts, OutputStream out) throws IOException {
    Map<String, SXSSFSheet> streamed = streamedSheetsByPartName();
    List<ZipArchiveEntry> entries = new ArrayList<>(Collections.list(parts.getEntries()));
    entries.sort(PACKAGE_ORDER);
    try (parts) {
      ZipArchiveOutputStream zip = createArchiveOutputStream(out);
      for (ZipArchiveEntry part : entries) {
        zip.putArchiveEntry(new ZipArchiveEntry(part.getName()));
        try (InputStream in = parts.getInputStream(part)) {
          SXSSFSheet sheet = streamed.get(part.getName());
          if (sheet == null) {
            in.transferTo(zip);
          } else {
            spliceRows(part.getName(), in.readAllBytes(), sheet, zip);
          }
        }
        zip.closeArchiveEntry();
      }
      zip.finish();
    }
  }

  /** Each streamed sheet by the name of its part in the zip, as {@code xl/worksheets/sheet1.xml}. */
  private Map<String, SXSSFSheet> streamedSheetsByPartName() {
    Map<String, SXSSFSheet> sheets = new HashMap<>();
    for (int i = 0; i < getNumberOfSheets(); i++) {
      String partName = getXSSFWorkbook().getSheetAt(i).getPackagePart().getPartName().getName();
      sheets.put(partName.substring(1), getSheetAt(i));
    }
    return sheets;
  }

  /**
   * Writes the sheet part with the sheet's streamed rows in place of its empty {@code <sheetData/>}.
   * The part without its rows is a few hundred characters, decoded and encoded whole; the rows are
   * copied as the bytes they already are.
   */
  private static void spliceRows(String partName, byte[] part, SXSSFSheet sheet, OutputStream zip)
      throws IOException {
    String xml = new String(part, StandardCharsets.UTF_8);
    int at = xml.indexOf(EMPTY_SHEET_DATA);
    if (at < 0) {
      throw new IllegalStateException(partName + " has no empty " + EMPTY_SHEET_DATA + " to put the rows in");
    }
    zip.write((xml.substring(0, at) + "<sheetData>\n").getBytes(StandardCharsets.UTF_8));
    try (InputStream rows = sheet.getWorksheetXMLInputStream()) {
      rows.transferTo(zip);
    }
    zip.write(("</sheetData>" + xml.substring(at + EMPTY_SHEET_DATA.length())).getBytes(StandardCharsets.UTF_8));
  }

  @Override
  protected SheetDataWriter createSheetDataWriter() throws IOException {
    return new SheetDataInMemory(new SheetText());
  }

  @Override
  protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream out) {
    return new ZipArchiveOutputStream(out) {
      @Override
      public void putArchiveEntry(ZipArchiveEntry entry) throws IOException {
        entry.setTimeLocal(entryTime);
        // A chart's PNG is deflated already; deflating it again only costs time.
        setLevel(entry.getName().endsWith(".png") ? Deflater.NO_COMPRESSION : COMPRESSION_LEVEL);
        super.putArchiveEntry(entry);
      }
    };
  }

  /**
   * The text of a sheet's rows. POI writes the space and the quotes around every attribute of every
   * cell a character at a time, which {@code Writer} does under a lock through a one-character
   * array.
   */
  private static final class SheetText extends StringBuilderWriter {
    @Override
    public void write(int c) {
      getBuilder().append((char) c);
    }
  }

  /** A sheet's rows as XML in a string rather than a temporary file. */
  static final class SheetDataInMemory extends SheetDataWriter {
    private final StringBuilderWriter xml;

    /** POI writes a row's XML a character at a time: into a writer that takes no lock per call. */
    SheetDataInMemory(StringBuilderWriter xml) throws IOException {
      super(xml);
      this.xml = xml;
    }

    /**
     * The rows' XML, encoded a few thousand characters at a time as POI copies it into the zip:
     * made into a string and then into bytes, every sheet was copied twice more on the way.
     */
    @Override
    public InputStream getWorksheetXMLInputStream() throws IOException {
      _out.flush();
      return ReaderInputStream.builder().setReader(new CharSequenceReader(xml.getBuilder()))
          .setCharset(StandardCharsets.UTF_8).get();
    }

    /**
     * The same escaping as POI's, written a run of characters at a time: POI's made an array for
     * every character of every text, a tenth of all a region run allocated. Surrogate pairs pass
     * through unchanged either way; only single characters are escaped or replaced.
     */
    @Override
    protected void outputEscapedString(String text) throws IOException {
      if (text == null) {
        return;
      }
      int unwritten = 0;
      for (int i = 0; i < text.length(); i++) {
        String escaped = escaped(text.charAt(i));
        if (escaped != null) {
          _out.write(text, unwritten, i - unwritten);
          _out.write(escaped);
          unwritten = i + 1;
        }
      }
      _out.write(text, unwritten, text.length() - unwritten);
    }

    /** What POI writes for the character, or null if it is written as it is. */
    private static String escaped(char c) {
      return switch (c) {
        case '<' -> "&lt;";
        case '>' -> "&gt;";
        case '&' -> "&amp;";
        case '"' -> "&quot;";
        case '\n' -> "&#xa;";
        case '\r' -> "&#xd;";
        case '\t' -> "&#x9;";
        case '\u00a0' -> "&#xa0;";
        // Control characters and the non-characters U+FFFE and U+FFFF are not allowed in XML.
        default -> c < ' ' || c >= '\ufffe' ? "?" : null;
      };
    }
  }
}
