package scorepack.render.xlsx;

import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import scorepack.pack.FrontMatter;

/**
 * The cover: title, as-at line, document details, vision, revision note and the DOT and RAG keys,
 * in two columns (label or symbol, then text). Key symbols are drawn in the table's styles.
 */
final class CoverSheet {
  static final String NAME = "Cover";
  private static final int LABEL_WIDTH = 24;
  private static final int TEXT_WIDTH = 90;

  private final WorkbookStyles styles;
  private final XSSFSheet sheet;
  private int next;

  CoverSheet(WorkbookStyles styles, XSSFSheet sheet) {
    this.styles = styles;
    this.sheet = sheet;
  }

  void write(FrontMatter front) {
    sheet.setColumnWidth(0, LABEL_WIDTH * 256);
    sheet.setColumnWidth(1, TEXT_WIDTH * 256);

    line(front.title(), styles.title());
    line(front.asAtLine(), styles.line());
    if (!front.details().isEmpty()) {
      gap();
      line("Document details", styles.heading());
      for (FrontMatter.Detail detail : front.details()) {
        pair(detail.label(), styles.label(), detail.value());
      }
    }
    if (!front.vision().isEmpty()) {
      gap();
      pair("Vision", styles.heading(), front.vision());
    }
    if (!front.revisionNote().isEmpty()) {
      gap();
      pair("Note", styles.heading(), front.revisionNote());
    }
    key("Direction of travel (DOT) key", front.dotKeyIntro(), front.dotKey());
    key("RAG key", "", front.ragKey());

    PrintLayout.a4(PrintLayout.NO_HEADER_ROW).applyTo(sheet);
  }

  private void key(String heading, String intro, List<FrontMatter.KeyEntry> entries) {
    if (entries.isEmpty()) {
      return;
    }
    gap();
    if (intro.isEmpty()) {
      line(heading, styles.heading());
    } else {
      pair(heading, styles.heading(), intro);
    }
    for (FrontMatter.KeyEntry entry : entries) {
      pair(entry.symbol(), styles.text(entry.tone()), entry.meaning());
    }
  }

  private void line(String text, XSSFCellStyle style) {
    XSSFRow row = sheet.createRow(next++);
    row.createCell(0).setCellValue(text);
    row.getCell(0).setCellStyle(style);
  }

  private void pair(String label, XSSFCellStyle labelStyle, String text) {
    XSSFRow row = sheet.createRow(next++);
    row.createCell(0).setCellValue(label);
    row.getCell(0).setCellStyle(labelStyle);
    row.createCell(1).setCellValue(text);
    row.getCell(1).setCellStyle(styles.note());
  }

  private void gap() {
    next++;
  }
}
