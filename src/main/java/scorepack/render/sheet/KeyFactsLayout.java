package scorepack.render.sheet;

import java.util.ArrayList;
import java.util.List;
import scorepack.pack.KeyFactTopic;
import scorepack.pack.Pack;

/** The key-facts summary: each topic's heading and text, then its headline figures beside their words. */
final class KeyFactsLayout {
  static final String NAME = "Key facts";
  private static final List<Integer> WIDTHS = List.of(24, 100);

  private KeyFactsLayout() {}

  static SheetLayout of(Pack pack, String name) {
    List<List<SheetCell>> lines = new ArrayList<>();
    for (KeyFactTopic topic : pack.keyFacts()) {
      lines.add(List.of(SheetCell.text(topic.title(), TextRole.HEADING)));
      for (String paragraph : topic.paragraphs()) {
        lines.add(List.of(SheetCell.text("", TextRole.LABEL), SheetCell.text(paragraph, TextRole.PARAGRAPH)));
      }
      for (KeyFactTopic.Fact fact : topic.facts()) {
        String words = fact.note().isEmpty() ? fact.text() : fact.text() + " " + fact.note();
        SheetCell figure = fact.figure().hasValue() ? SheetCell.figure(fact.figure())
            : SheetCell.text(fact.figure().text(), TextRole.LABEL);
        lines.add(List.of(figure, SheetCell.text(words, TextRole.PARAGRAPH)));
      }
    }
    return new SheetLayout(name, "Key facts: " + pack.front().asAtLine(), lines, null, WIDTHS);
  }
}
