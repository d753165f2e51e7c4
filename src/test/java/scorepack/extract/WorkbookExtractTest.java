package scorepack.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scorepack.definition.DefinedIndicator;
import scorepack.diagnostic.Diagnostic;
import scorepack.diagnostic.Diagnostics;
import scorepack.engine.Behaviour;
import scorepack.engine.IndicatorDefinition;
import scorepack.engine.Observation;
import scorepack.engine.Polarity;
import scorepack.engine.Timeline;
import scorepack.engine.Unit;
import scorepack.engine.YearKind;

/** Extracts saved from Excel as XLSX are read like CSV extracts; a file that is not a workbook is refused. */
class WorkbookExtractTest {
  @TempDir
  Path data;

  private final Diagnostics diagnostics = new Diagnostics();
  private final ExtractLoader loader = new ExtractLoader(Map.of(
      "lac-count", defined("lac-count", Unit.COUNT), "plans-reviewed", defined("plans-reviewed", Unit.PERCENT)),
      diagnostics);

  private static DefinedIndicator defined(String id, Unit unit) {
    return new DefinedIndicator(new IndicatorDefinition(id, id, unit, Polarity.INFO, Timeline.MONTHLY,
        Behaviour.SNAPSHOT, YearKind.FINANCIAL, 0, Map.of(), Optional.empty(), Optional.empty(), Map.of(),
        List.of()), unit.label(), "indicators/x.yaml");
  }

  private List<String> messages() {
    return diagnostics.sorted().stream().map(Diagnostic::toString).toList();
  }

  @Test
  void aProblemBelowAnEmptyRowIsReportedOnItsOwnRow() throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(data.resolve("2023-01-06-lac.xlsx"))) {
      XSSFSheet sheet = wb.createSheet("extract");
      XSSFRow h = sheet.createRow(0);
      h.createCell(0).setCellValue("indicator");
      h.createCell(1).setCellValue("period");
      h.createCell(2).setCellValue("numerator");
      XSSFRow r = sheet.createRow(3); // rows 2 and 3 are empty
      r.createCell(0).setCellValue("lac-count");
      r.createCell(1).setCellValue("2022-12");
      r.createCell(2).setCellValue("many");
      wb.write(out);
    }
    loader.loadFolder(data, data);
    assertThat(messages()).containsExactly("2023-01-06-lac.xlsx:4:3: error: column numerator: expected a number,"
        + " found 'many'");
  }

  @Test
  void theFirstSheetIsReadWithExcelsFormatsAndDates() throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(data.resolve("2023-01-06-lac.xlsx"))) {
      XSSFSheet sheet = wb.createSheet("extract");
      String[] header = {"indicator", "period", "value", "numerator", "denominator"};
      XSSFRow h = sheet.createRow(0);
      for (int i = 0; i < header.length; i++) {
        h.createCell(i).setCellValue(header[i]);
      }
      CellStyle month = wb.createCellStyle();
      month.setDataFormat(wb.createDataFormat().getFormat("mmm-yy"));
      CellStyle percent = wb.createCellStyle();
      percent.setDataFormat(wb.createDataFormat().getFormat("0.0%"));
      XSSFRow r1 = sheet.createRow(1);
      r1.createCell(0).setCellValue("lac-count");
      r1.createCell(1).setCellValue("2022-12");
      r1.createCell(3).setCellValue(551);
      XSSFRow r2 = sheet.createRow(2);
      r2.createCell(0).setCellValue("plans-reviewed");
      r2.createCell(1).setCellValue(LocalDate.of(2022, 12, 1));
      r2.getCell(1).setCellStyle(month);
      r2.createCell(2).setCellValue(0.922);
      r2.getCell(2).setCellStyle(percent);
      wb.write(out);
    }
    List<Observation> rows = loader.loadFolder(data, data).observations();
    assertThat(messages()).isEmpty();
    assertThat(rows).hasSize(2);
    assertThat(rows.get(0).numerator()).isEqualByComparingTo("551");
    assertThat(rows.get(1).period()).hasToString("2022-12");
    assertThat(rows.get(1).value()).isEqualByComparingTo("92.2");
    assertThat(rows.get(1).source().line()).isEqualTo(3);
    assertThat(rows.get(1).source().extracted()).hasToString("2023-01-06");
  }

  @Test
  void aFileNamedXlsxThatIsNotAWorkbookIsAnError() throws IOException {
    Files.writeString(data.resolve("2023-01-06-lac.xlsx"), "indicator,period\nlac-count,2022-12\n");
    loader.loadFolder(data, data);
    assertThat(messages()).singleElement().asString()
        .startsWith("2023-01-06-lac.xlsx: error: cannot be read as an XLSX workbook (it is not a zip file");
  }

  @Test
  void aZipBombIsRefusedWithoutExpandingIt() throws IOException {
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(data.resolve("2023-01-06-bomb.xlsx")))) {
      zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
      byte[] spaces = " ".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII);
      for (int i = 0; i < 200; i++) {
        zip.write(spaces); // 200 MB of blanks compress to a few hundred kilobytes
      }
      zip.closeEntry();
    }
    loader.loadFolder(data, data);
    assertThat(messages()).singleElement().asString()
        .startsWith("2023-01-06-bomb.xlsx: error: its part [Content_Types].xml expands more than 100 times over,"
            + " as a zip bomb does").doesNotContain("bug");
  }
}
