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

  private final WorkbookStyles styles;
  private final XSSFSheet sheet;
  private final TwoColumnText text;

  CoverSheet(WorkbookStyles styles, XSSFSheet sheet) {
    this.styles = styles;
    this.sheet = sheet;
    this.text = new TwoColumnText(styles, sheet);
  }

  void write(FrontMatter front) {
    text.line(front.title(), styles.title());
    text.line(front.asAtLine(), styles.line());
    if (!front.details().isEmpty()) {
      text.gap();
      text.line("Document details", styles.heading());
      for (FrontMatter.Detail detail : front.details()) {
        text.pair(detail.label(), styles.label(), detail.value());
      }
    }
    if (!front.vision().isEmpty()) {
      text.gap();
      text.pair("Vision", styles.heading(), front.vision());
    }
    if (!front.revisionNote().isEmpty()) {
      text.gap();
      text.pair("Note", styles.heading(), front.revisionNote());
    }
    key("Direction of travel (DOT) key", front.dotKeyIntro(), front.dotKey());
    key("RAG key", "", front.ragKey());

    PrintLayout.a4(PrintLayout.NO_HEADER_ROW).applyTo(sheet);
  }

  private void key(String heading, String intro, List<FrontMatter.KeyEntry> entries) {
    if (entries.isEmpty()) {
      return;
    }
    text.gap();
    if (intro.isEmpty()) {
      text.line(heading, styles.heading());
    } else {
      text.pair(heading, styles.heading(), intro);
    }
    for (FrontMatter.KeyEntry entry : entries) {
      text.pair(entry.symbol(), styles.text(entry.tone()), entry.meaning());
    }
  }
}
