package scorepack.render.xlsx;

import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import scorepack.pack.Changes;
import scorepack.pack.DataNote;
import scorepack.pack.GlossaryEntry;
import scorepack.pack.Tone;

/** A sheet of text entries (the glossary, the data notes): a title, a header row, wrapped rows. */
final class ListSheet {
  static final int HEADER_ROW = 1;

  private final String name;
  private final String title;
  private final List<String> headings;
  private final List<Integer> widths;

  private ListSheet(String name, String title, List<String> headings, List<Integer> widths) {
    this.name = name;
    this.title = title;
    this.headings = headings;
    this.widths = widths;
  }

  static ListSheet glossary() {
    return new ListSheet("Glossary", "Glossary", List.of("Term", "Definition"), List.of(30, 100));
  }

  static ListSheet dataNotes() {
    return new ListSheet("Data notes", "Data notes", List.of("Ref", "Indicator", "Note"), List.of(8, 50, 90));
  }

  static ListSheet changes(Changes changes) {
    return new ListSheet("Changes", "Changes since the last issue (" + changes.previousIssue() + ")", List.of("Ref", "Indicator", "Month", "Was", "Now", "Changed by"),
        List.of(8, 50, 10, 10, 10, 40));
  }

  static List<List<String>> changesOf(Changes changes) {
    return changes.entries().stream().map(c -> List.of(c.ref(), c.indicator(), c.month(), c.was(), c.now(),
        c.source())).toList();
  }

  static List<List<String>> entriesOf(List<GlossaryEntry> glossary) {
    return glossary.stream().map(e -> List.of(e.term(), e.definition())).toList();
  }

  static List<List<String>> notesOf(List<DataNote> notes) {
    return notes.stream().map(n -> List.of(n.ref(), n.indicator(), n.note())).toList();
  }

  void write(WorkbookStyles styles, XSSFWorkbook workbook, List<List<String>> entries) {
    XSSFSheet sheet = workbook.createSheet(name);
    for (int c = 0; c < widths.size(); c++) {
      sheet.setColumnWidth(c, widths.get(c) * 256);
    }
    sheet.createRow(0).createCell(0).setCellValue(title);
    sheet.getRow(0).getCell(0).setCellStyle(styles.title());
    write(sheet.createRow(HEADER_ROW), headings, styles.header());
    int next = HEADER_ROW + 1;
    for (List<String> entry : entries) {
      write(sheet.createRow(next++), entry, styles.wrapped(Tone.PLAIN));
    }
    sheet.createFreezePane(0, HEADER_ROW + 1);
    PrintLayout.a4(HEADER_ROW).applyTo(sheet);
  }

  private static void write(XSSFRow row, List<String> texts, CellStyle style) {
    for (int c = 0; c < texts.size(); c++) {
      row.createCell(c).setCellValue(texts.get(c));
      row.getCell(c).setCellStyle(style);
    }
  }
}
