package scorepack.render.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.apache.commons.io.output.StringBuilderWriter;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StreamedWorkbookTest {
  /** POI's own escaping, the reference that the streamed sheets' quicker one must match. */
  private static final class PoiEscaping extends SheetDataWriter {
    PoiEscaping(StringWriter out) throws IOException {
      super(out);
    }

    void escape(String text) throws IOException {
      outputEscapedString(text);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "", "plain text", "<tag> & \"quoted\" 'single'", "tab\there, line\nbreak, return\r",
      "non-breaking\u00a0space", "control \u0001\u0008\u001f chars", "non-characters \ufffe \uffff",
      "arrows \u2191 \u2193 \u2192, pound \u00a3, dash \u2013", "emoji \ud83d\udcc8 pair",
      "lone \ud800 high and \udc00 low surrogates", "&&<<>>", "ends with <"})
  void escapesTextExactlyAsPoiDoes(String text) throws IOException {
    StringWriter poi = new StringWriter();
    new PoiEscaping(poi).escape(text);
    StringBuilderWriter ours = new StringBuilderWriter();
    new StreamedWorkbook.SheetDataInMemory(ours).outputEscapedString(text);

    assertThat(ours.toString()).isEqualTo(poi.toString());
  }

  @Test
  void escapesMarkupAndReplacesCharactersXmlForbids() throws IOException {
    StringBuilderWriter out = new StringBuilderWriter();
    StreamedWorkbook.SheetDataInMemory sheet = new StreamedWorkbook.SheetDataInMemory(out);
    sheet.outputEscapedString("a<b & \"c\"\u0002\n");
    sheet.getWorksheetXMLInputStream().close();

    assertThat(out.toString()).isEqualTo("a&lt;b &amp; &quot;c&quot;?&#xa;");
    assertThat(new String(sheet.getWorksheetXMLInputStream().readAllBytes(), StandardCharsets.UTF_8))
        .isEqualTo(out.toString());
  }

  /**
   * The sheets' rows are spliced into their parts as bytes: each part must read exactly as POI's own
   * character-by-character injection writes it, for sheets with rows and without, and with markup
   * (merged cells, a frozen pane) after the rows.
   */
  @Test
  void putsEachSheetsRowsInItsPartExactlyAsPoiDoes() throws IOException {
    Map<String, String> ours;
    try (StreamedWorkbook workbook = new StreamedWorkbook(Instant.EPOCH)) {
      fill(workbook);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      workbook.writeTo(out);
      ours = parts(out.toByteArray());
    }
    Map<String, String> poi;
    try (SXSSFWorkbook workbook = new SXSSFWorkbook()) {
      fill(workbook);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      workbook.write(out);
      poi = parts(out.toByteArray());
    }

    assertThat(ours.keySet()).containsExactlyInAnyOrderElementsOf(poi.keySet());
    assertThat(ours.keySet()).first().isEqualTo("[Content_Types].xml");
    for (int sheet = 1; sheet <= 3; sheet++) {
      String part = "xl/worksheets/sheet" + sheet + ".xml";
      assertThat(ours.get(part)).as(part).isEqualTo(poi.get(part));
    }
    assertThat(ours.get("xl/worksheets/sheet1.xml"))
        .contains("<sheetData>\n<row r=\"1\">\n<c r=\"A1\" t=\"inlineStr\"><is><t>Looked-after children &amp;"
            + " \u2191</t>")
        .contains("</sheetData><mergeCells");
    assertThat(ours.get("xl/worksheets/sheet3.xml")).contains("<sheetData>\n</sheetData>");
  }

  private static void fill(SXSSFWorkbook workbook) {
    SXSSFSheet figures = workbook.createSheet("Figures");
    for (int r = 0; r < 250; r++) {
      SXSSFRow row = figures.createRow(r);
      row.createCell(0).setCellValue(r == 0 ? "Looked-after children & \u2191" : "line " + r);
      row.createCell(1).setCellValue(r * 1.5);
    }
    figures.addMergedRegion(new CellRangeAddress(0, 0, 0, 1));
    SXSSFSheet notes = workbook.createSheet("Notes");
    notes.createRow(0).createCell(0).setCellValue("<sheetData/> in a cell is text, not markup");
    notes.createFreezePane(0, 1);
    workbook.createSheet("Empty");
  }

  /**
   * Each part of a zip as UTF-8 text, in the zip's order, read by its central directory as
   * spreadsheet programs read it: the JDK's streaming reader refuses POI's own streamed workbook
   * ("invalid entry size").
   */
  private static Map<String, String> parts(byte[] zip) throws IOException {
    Map<String, String> parts = new LinkedHashMap<>();
    try (ZipFile file = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(zip)).get()) {
      for (ZipArchiveEntry entry : Collections.list(file.getEntriesInPhysicalOrder())) {
        try (InputStream in = file.getInputStream(entry)) {
          parts.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
      }
    }
    return parts;
  }
}
