package scorepack.render.xlsx;

import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import scorepack.pack.KeyFactTopic;
import scorepack.pack.Tone;

/** The key-facts summary: each topic's heading and text, then its headline figures beside their words. */
final class KeyFactsSheet {
  static final String NAME = "Key facts";

  private final WorkbookStyles styles;
  private final XSSFSheet sheet;
  private final TwoColumnText text;

  KeyFactsSheet(WorkbookStyles styles, XSSFSheet sheet) {
    this.styles = styles;
    this.sheet = sheet;
    this.text = new TwoColumnText(styles, sheet);
  }

  void write(String title, List<KeyFactTopic> topics) {
    text.line(title, styles.title());
    for (KeyFactTopic topic : topics) {
      text.gap();
      text.line(topic.title(), styles.heading());
      for (String paragraph : topic.paragraphs()) {
        text.pair("", styles.text(Tone.PLAIN), paragraph);
      }
      for (KeyFactTopic.Fact fact : topic.facts()) {
        text.pair(fact.figure(), styles.heading(), fact.note().isEmpty() ? fact.text() : fact.text() + " " + fact.note());
      }
    }
    PrintLayout.a4(PrintLayout.NO_HEADER_ROW).applyTo(sheet);
  }
}
