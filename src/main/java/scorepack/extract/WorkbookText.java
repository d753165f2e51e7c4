package scorepack.extract;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Locale;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import scorepack.definition.Limits;
import scorepack.diagnostic.Suggestions;

/**
 * An XLSX extract's first sheet as CSV text, so that a workbook is checked exactly as a CSV
 * extract is: row n of the sheet is line n of the text. Cells read as Excel shows them, except
 * dates, which read as {@code YYYY-MM-DD}. The sheet is read as a stream, after
 * {@link WorkbookParts} has checked that no part of the file expands beyond the limits, so its
 * memory is that of the text alone.
 */
final class WorkbookText {
  private static final CsvMapper MAPPER = new CsvMapper();

  private WorkbookText() {}

  /** A workbook refused before it is read, with the message to show. */
  static final class Refusal extends IOException {
    Refusal(String message) {
      super(message);
    }
  }

  /**
   * One sheet's cells as CSV text.
   *
   * @param name the sheet's name
   * @param csv its rows, row n on line n
   */
  record Sheet(String name, String csv) {}

  /**
   * The named sheets as CSV text, in the order named; no names is the first sheet.
   *
   * @throws Refusal when the file is not a workbook, is protected by a password, expands beyond
   *     the limits or like a zip bomb, or has no sheet of a name given
   * @throws IOException when the file cannot be read
   */
  static List<Sheet> sheetsAsCsv(Path file, List<String> names, Limits limits) throws IOException {
    WorkbookParts.check(file, limits);
    Map<String, Sheet> found = new LinkedHashMap<>();
    try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
      XSSFReader reader = new XSSFReader(pkg);
      ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
      XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
      while (sheets.hasNext()) {
        try (InputStream sheet = sheets.next()) {
          String name = sheets.getSheetName();
          if (names.isEmpty() ? found.isEmpty() : names.contains(name)) {
            found.put(name, new Sheet(name, csv(sheet, reader, strings)));
          } else {
            found.putIfAbsent(name, null);
          }
        }
      }
    } catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException | RuntimeException e) {
      // POI reports a damaged or foreign file with exceptions whose words are for its developers.
      throw new Refusal("cannot be read as an XLSX workbook (" + (e.getMessage() == null
          ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("")) + "); expected a"
          + " workbook saved by Excel as .xlsx: open it in Excel and save it again, or export the extract as CSV");
    }
    for (String name : names) {
      if (found.get(name) == null) {
        throw new Refusal("the workbook has no sheet named '" + name + "'" + Suggestions.didYouMean(name,
            found.keySet()) + "; found the sheets " + String.join(", ", found.keySet()) + "; expected the sheets"
            + " the source's sheets: names");
      }
    }
    if (names.isEmpty()) {
      return found.values().stream().filter(Objects::nonNull).toList();
    }
    return names.stream().distinct().map(found::get).toList();
  }

  private static String csv(InputStream sheet, XSSFReader reader, ReadOnlySharedStringsTable strings)
      throws IOException, SAXException, ParserConfigurationException, OpenXML4JException {
    StringWriter text = new StringWriter();
    CsvSchema schema = CsvSchema.emptySchema().withoutHeader().withLineSeparator("\n");
    try (SequenceWriter csv = MAPPER.writer(schema).writeValues(text)) {
      XMLReader xml = XMLHelper.newXMLReader();
      xml.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), strings, new Rows(csv),
          new IsoDates(), false));
      xml.parse(new InputSource(sheet));
    }
    return text.toString();
  }

  /** Writes each row of the sheet as a CSV line, keeping row n on line n. */
  private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {
    private final SequenceWriter csv;
    private List<String> values = new ArrayList<>();
    private int nextRow;
    private int width;

    Rows(SequenceWriter csv) {
      this.csv = csv;
    }

    @Override
    public void startRow(int row) {
      while (nextRow < row) {
        write(List.of("")); // an empty row, kept so that row n stays on line n
        nextRow++;
      }
      values = new ArrayList<>();
    }

    @Override
    public void endRow(int row) {
      if (row == 0) {
        width = values.size();
      }
      while (values.size() < width) {
        values.add("");
      }
      write(values);
      nextRow = row + 1;
    }

    @Override
    public void cell(String reference, String formatted, XSSFComment comment) {
      int column = reference == null ? values.size() : new CellReference(reference).getCol();
      while (values.size() < column) {
        values.add("");
      }
      values.add(formatted == null ? "" : formatted.replace('\n', ' ').replace('\r', ' '));
    }

    private void write(List<String> row) {
      try {
        csv.write(row.toArray(new String[0]));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** Excel's formats, except that a date reads as {@code YYYY-MM-DD} whatever its format. */
  private static final class IsoDates extends DataFormatter {
    private static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT);

    IsoDates() {
      super(Locale.UK);
    }

    @Override
    public String formatRawCellContents(double value, int formatIndex, String formatString) {
      if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
        return DateUtil.getLocalDateTime(value).format(ISO_DATE);
      }
      return super.formatRawCellContents(value, formatIndex, formatString);
    }
  }
}
