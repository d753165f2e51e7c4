import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes samples/2023-04-04-lcs-scorecard.xlsx: the figures of samples/2023-04-04-cyps-monthly.csv
 * as a case system's wide scorecard workbook keeps them (upper-case codes, months across as date
 * cells formatted mmm-yy, numerators and denominators on neighbouring rows with the percentage
 * worked out below them, a second sheet with each month merged over its Num and Den columns, "-"
 * for a cell with no figure). Deterministic. Run from the repository root after building the jar:
 *
 * <pre>java -cp target/scorepack.jar tools/LcsScorecardWorkbook.java</pre>
 */
public class LcsScorecardWorkbook {
  private static final Path LONG = Path.of("samples/2023-04-04-cyps-monthly.csv");
  private static final Path WIDE = Path.of("samples/2023-04-04-lcs-scorecard.xlsx");
  /** The first indicator of the second sheet: the permanence and care leaver lines. */
  private static final String SECOND_SHEET_FROM = "ceased-looked-after";

  record Figure(String numerator, String denominator) {}

  public static void main(String[] args) throws Exception {
    Map<String, Map<String, Figure>> byIndicator = new LinkedHashMap<>();
    List<String> months = new ArrayList<>();
    for (String line : Files.readAllLines(LONG).subList(1, Files.readAllLines(LONG).size())) {
      String[] f = line.split(",", -1);
      if (!f[2].isEmpty() || !f[3].isEmpty()) {
        throw new IllegalStateException("expected numerators and denominators only: " + line);
      }
      byIndicator.computeIfAbsent(f[0], k -> new LinkedHashMap<>()).put(f[1], new Figure(f[4], f[5]));
      if (!months.contains(f[1])) {
        months.add(f[1]);
      }
    }
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      CellStyle month = wb.createCellStyle();
      month.setDataFormat(wb.createDataFormat().getFormat("mmm-yy"));
      CellStyle count = wb.createCellStyle();
      count.setDataFormat(wb.createDataFormat().getFormat("#,##0"));
      CellStyle percent = wb.createCellStyle();
      percent.setDataFormat(wb.createDataFormat().getFormat("0.0%"));
      Sheet care = wb.createSheet("Children in Care");
      Sheet leavers = wb.createSheet("Permanence and Care Leavers");
      for (Sheet s : List.of(care, leavers)) {
        s.createRow(0).createCell(0).setCellValue(s.getSheetName() + ": case system extract (LCS), taken 4 April 2023");
      }
      Row header = care.createRow(2);
      header.createCell(0).setCellValue("Code");
      header.createCell(1).setCellValue("Measure");
      for (int m = 0; m < months.size(); m++) {
        var c = header.createCell(2 + m);
        c.setCellValue(LocalDate.parse(months.get(m) + "-01"));
        c.setCellStyle(month);
      }
      Row top = leavers.createRow(2);
      Row parts = leavers.createRow(3);
      top.createCell(0).setCellValue("Code");
      for (int m = 0; m < months.size(); m++) {
        var c = top.createCell(1 + 2 * m);
        c.setCellValue(LocalDate.parse(months.get(m) + "-01"));
        c.setCellStyle(month);
        leavers.addMergedRegion(new CellRangeAddress(2, 2, 1 + 2 * m, 2 + 2 * m));
        parts.createCell(1 + 2 * m).setCellValue("Num");
        parts.createCell(2 + 2 * m).setCellValue("Den");
      }
      int careRow = 3;
      int leaverRow = 4;
      boolean second = false;
      for (Map.Entry<String, Map<String, Figure>> e : byIndicator.entrySet()) {
        String code = e.getKey().toUpperCase(Locale.ROOT);
        Map<String, Figure> figures = e.getValue();
        boolean ratio = figures.values().stream().anyMatch(f -> !f.denominator().isEmpty());
        second |= e.getKey().equals(SECOND_SHEET_FROM);
        if (second) {
          Row r = leavers.createRow(leaverRow++);
          r.createCell(0).setCellValue(code);
          for (int m = 0; m < months.size(); m++) {
            Figure f = figures.get(months.get(m));
            number(r, 1 + 2 * m, f.numerator(), count);
            number(r, 2 + 2 * m, f.denominator(), count);
          }
          continue;
        }
        Row r = care.createRow(careRow++);
        r.createCell(0).setCellValue(code);
        r.createCell(1).setCellValue(ratio ? "Num" : "Number");
        for (int m = 0; m < months.size(); m++) {
          number(r, 2 + m, figures.get(months.get(m)).numerator(), count);
        }
        if (ratio) {
          Row den = care.createRow(careRow++);
          den.createCell(1).setCellValue("Den");
          Row pct = care.createRow(careRow++);
          pct.createCell(1).setCellValue("%");
          for (int m = 0; m < months.size(); m++) {
            Figure f = figures.get(months.get(m));
            number(den, 2 + m, f.denominator(), count);
            var c = pct.createCell(2 + m);
            c.setCellValue(Double.parseDouble(f.numerator()) / Double.parseDouble(f.denominator()));
            c.setCellStyle(percent);
          }
        }
      }
      Date fixed = Date.from(LocalDate.of(2023, 4, 4).atStartOfDay().toInstant(ZoneOffset.UTC));
      wb.getProperties().getCoreProperties().setCreated(Optional.of(fixed));
      wb.getProperties().getCoreProperties().setModified(Optional.of(fixed));
      ByteArrayOutputStream raw = new ByteArrayOutputStream();
      wb.write(raw);
      try (var in = new ZipInputStream(new ByteArrayInputStream(raw.toByteArray()));
          OutputStream file = Files.newOutputStream(WIDE); var out = new ZipOutputStream(file)) {
        for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
          ZipEntry o = new ZipEntry(e.getName());
          o.setTimeLocal(LocalDateTime.of(2023, 4, 4, 0, 0));
          out.putNextEntry(o);
          in.transferTo(out);
          out.closeEntry();
        }
      }
    }
  }

  /** A count as a number cell, or "-" where the extract has none. */
  private static void number(Row r, int column, String text, CellStyle style) {
    var c = r.createCell(column);
    if (text.isEmpty()) {
      c.setCellValue("-");
      return;
    }
    c.setCellValue(Double.parseDouble(text));
    c.setCellStyle(style);
  }
}
