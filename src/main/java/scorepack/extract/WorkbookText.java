package scorepack.extract;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * An XLSX extract's first sheet as CSV text, so that a workbook is checked exactly as a CSV
 * extract is: row n of the sheet is line n of the text. Cells read as Excel shows them, except
 * dates, which read as {@code YYYY-MM-DD}.
 */
final class WorkbookText {
  /** A part of the workbook that inflates more than this is refused: no extract is that big. */
  private static final long MAX_ENTRY_BYTES = 64L * 1024 * 1024;
  private static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT);
  private static final CsvMapper MAPPER = new CsvMapper();

  private WorkbookText() {}

  /**
   * @throws IOException when the bytes are not a workbook, or expand like a zip bomb
   */
  static String firstSheetAsCsv(InputStream in) throws IOException {
    ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
    try (XSSFWorkbook workbook = new XSSFWorkbook(in)) {
      if (workbook.getNumberOfSheets() == 0) {
        return "";
      }
      Sheet sheet = workbook.getSheetAt(0);
      DataFormatter formatter = new DataFormatter(Locale.UK);
      StringWriter text = new StringWriter();
      CsvSchema schema = CsvSchema.emptySchema().withoutHeader().withLineSeparator("\n");
      try (SequenceWriter csv = MAPPER.writer(schema).writeValues(text)) {
        int width = 0;
        for (int r = 0; r <= sheet.getLastRowNum(); r++) {
          Row row = sheet.getRow(r);
          List<String> values = new ArrayList<>();
          if (row != null) {
            width = r == 0 ? Math.max(row.getLastCellNum(), 0) : width;
            for (int c = 0; c < Math.max(width, row.getLastCellNum()); c++) {
              values.add(text(row.getCell(c), formatter));
            }
          }
          csv.write(values.toArray(new String[0]));
        }
      }
      return text.toString();
    } catch (RuntimeException e) {
      // POI reports a damaged or foreign file with unchecked exceptions.
      throw new IOException(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage(), e);
    }
  }

  private static String text(Cell cell, DataFormatter formatter) {
    if (cell == null) {
      return "";
    }
    if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
      return cell.getLocalDateTimeCellValue().atOffset(ZoneOffset.UTC).format(ISO_DATE);
    }
    return formatter.formatCellValue(cell).replace('\n', ' ').replace('\r', ' ');
  }
}
