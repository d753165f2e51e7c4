package scorepack.render.pdf;

import com.lowagie.text.pdf.PdfName;
import java.util.ArrayList;
import java.util.List;
import scorepack.pack.KeyFactTopic;

/**
 * The key facts, after the front page: under the part's heading, each topic's heading (H3), its
 * explanatory paragraphs (P), its headline figures as a grid of cards and its trend charts two to a
 * row, running on to as many pages as they need. A page never ends after a topic's heading, nor
 * between its text and its first figures.
 */
final class KeyFactsPart {
  static final String HEADING = "Key facts";
  /** Running text is hard to read in lines much longer than this. */
  private static final float MAX_PROSE_WIDTH = 760;
  private static final float TOPIC_GAP = 18;
  private static final float HEADING_GAP = 4;
  private static final float PARAGRAPH_GAP = 5;
  private static final float CARDS_GAP = 10;
  private static final float CHARTS_GAP = 14;

  private KeyFactsPart() {}

  /**
   * @param topics the topics, in template order
   * @param subline the line under the heading, such as the as-at line, or empty
   */
  static PackPart of(List<KeyFactTopic> topics, String subline, PageGeometry geometry, LineBreaker lineBreaker) {
    return new BlockPart(HEADING, subline, blocks(topics, geometry, lineBreaker), geometry);
  }

  private static List<Block> blocks(List<KeyFactTopic> topics, PageGeometry geometry, LineBreaker lineBreaker) {
    TextStyle topicStyle = TextStyle.bold(geometry.proseSize() + 3).withColour(HouseColours.NAVY);
    TextStyle proseStyle = TextStyle.regular(geometry.proseSize() + 0.5f);
    float proseWidth = Math.min(geometry.contentWidth(), MAX_PROSE_WIDTH);
    FactCards cards = new FactCards(lineBreaker, geometry);
    ChartRows charts = new ChartRows(lineBreaker, geometry);
    List<Block> blocks = new ArrayList<>();
    for (KeyFactTopic topic : topics) {
      blocks.add(TextBlock.of(PdfName.H3, topic.title(), topicStyle, proseWidth, lineBreaker,
          blocks.isEmpty() ? 0 : TOPIC_GAP, HEADING_GAP));
      for (int p = 0; p < topic.paragraphs().size(); p++) {
        TextBlock paragraph = TextBlock.of(PdfName.P, topic.paragraphs().get(p), proseStyle, proseWidth, lineBreaker,
            p == 0 ? 0 : PARAGRAPH_GAP, 0);
        // The last paragraph stays with the figures it explains.
        boolean last = p == topic.paragraphs().size() - 1 && !topic.facts().isEmpty();
        blocks.add(last ? paragraph.keptWithNext() : paragraph);
      }
      List<Block> cardRows = cards.rows(topic.facts(), geometry.contentWidth(), CARDS_GAP);
      if (!cardRows.isEmpty() && !topic.charts().isEmpty()) {
        // A topic's charts start on the page of its figures, so the topic reads as one.
        cardRows.set(cardRows.size() - 1, Block.keptWithNext(cardRows.get(cardRows.size() - 1)));
      }
      blocks.addAll(cardRows);
      blocks.addAll(charts.rows(topic.charts(), CHARTS_GAP));
    }
    return blocks;
  }
}
