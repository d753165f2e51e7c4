package scorepack.render.xlsx;

import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import scorepack.pack.GlossaryEntry;
import scorepack.pack.Tone;

/** The glossary: a title, a Term/Definition header row, then one wrapped row per entry. */
final class GlossarySheet {
  static final String NAME = "Glossary";
  static final int HEADER_ROW = 1;
  private static final int TERM_WIDTH = 30;
  private static final int DEFINITION_WIDTH = 100;

  private final WorkbookStyles styles;
  private final XSSFSheet sheet;

  GlossarySheet(WorkbookStyles styles, XSSFSheet sheet) {
    this.styles = styles;
    this.sheet = sheet;
  }

  void write(List<GlossaryEntry> glossary) {
    sheet.setColumnWidth(0, TERM_WIDTH * 256);
    sheet.setColumnWidth(1, DEFINITION_WIDTH * 256);
    sheet.createRow(0).createCell(0).setCellValue(NAME);
    sheet.getRow(0).getCell(0).setCellStyle(styles.title());

    XSSFRow header = sheet.createRow(HEADER_ROW);
    header.createCell(0).setCellValue("Term");
    header.createCell(1).setCellValue("Definition");
    header.getCell(0).setCellStyle(styles.header());
    header.getCell(1).setCellStyle(styles.header());

    int next = HEADER_ROW + 1;
    for (GlossaryEntry entry : glossary) {
      XSSFRow row = sheet.createRow(next++);
      row.createCell(0).setCellValue(entry.term());
      row.createCell(1).setCellValue(entry.definition());
      row.getCell(0).setCellStyle(styles.wrapped(Tone.PLAIN));
      row.getCell(1).setCellStyle(styles.wrapped(Tone.PLAIN));
    }
    sheet.createFreezePane(0, HEADER_ROW + 1);
    PrintLayout.a4(HEADER_ROW).applyTo(sheet);
  }
}
