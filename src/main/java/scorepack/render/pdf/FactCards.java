package scorepack.render.pdf;

import com.lowagie.text.pdf.PdfStructureElement;
import java.util.ArrayList;
import java.util.List;
import scorepack.pack.KeyFactTopic;

/**
 * Headline figures as a grid of cards: on a pale card with a navy edge, the figure large and bold in
 * navy, its words under it and a smaller note under those. Each row of cards is a block; the facts
 * are tagged as a list, a card per item, read as "551 LAC as at period end".
 */
final class FactCards {
  private static final float MIN_CARD_WIDTH = 170;
  private static final float GAP = 12;
  private static final float PADDING = 8;
  private static final float EDGE = 4;
  private static final float LINE_GAP = 2;

  private final LineBreaker lineBreaker;
  private final TextStyle figureStyle;
  private final TextStyle textStyle;
  private final TextStyle noteStyle;

  FactCards(LineBreaker lineBreaker, PageGeometry geometry) {
    this.lineBreaker = lineBreaker;
    this.figureStyle = TextStyle.bold(geometry.isA3() ? 22 : 18).withColour(HouseColours.NAVY);
    this.textStyle = TextStyle.regular(geometry.proseSize() + 0.5f);
    this.noteStyle = TextStyle.regular(geometry.proseSize() - 1).withColour(HouseColours.MUTED);
  }

  /** The facts as rows of cards across {@code width}, the first row {@code spaceAbove} below what precedes it. */
  List<Block> rows(List<KeyFactTopic.Fact> facts, float width, float spaceAbove) {
    int columns = Math.max(1, (int) ((width + GAP) / (MIN_CARD_WIDTH + GAP)));
    float cardWidth = (width - (columns - 1) * GAP) / columns;
    float textWidth = cardWidth - EDGE - 2 * PADDING;
    List<Block> rows = new ArrayList<>();
    for (int from = 0; from < facts.size(); from += columns) {
      List<Card> cards = new ArrayList<>();
      for (KeyFactTopic.Fact fact : facts.subList(from, Math.min(facts.size(), from + columns))) {
        cards.add(new Card(lineBreaker.lines(fact.figure().text(), figureStyle, textWidth),
            lineBreaker.lines(fact.text(), textStyle, textWidth), lineBreaker.lines(fact.note(), noteStyle, textWidth)));
      }
      rows.add(new Row(cards, cardWidth, from == 0 ? spaceAbove : GAP, from == 0, figureStyle, textStyle, noteStyle));
    }
    return rows;
  }

  /**
   * One card's wrapped lines.
   *
   * @param figure the figure
   * @param text the words after it
   * @param note the note, or none
   */
  record Card(List<String> figure, List<String> text, List<String> note) {
    Card {
      figure = List.copyOf(figure);
      text = List.copyOf(text);
      note = List.copyOf(note);
    }
  }

  /**
   * A row of cards, all as tall as the tallest.
   *
   * @param cards the cards, left to right
   * @param cardWidth the width of each
   * @param spaceAbove the space above the row
   * @param opensList whether the row is the first of its topic
   */
  record Row(List<Card> cards, float cardWidth, float spaceAbove, boolean opensList, TextStyle figureStyle,
      TextStyle textStyle, TextStyle noteStyle) implements Block {
    Row {
      cards = List.copyOf(cards);
    }

    @Override
    public float height() {
      return spaceAbove + cardHeight();
    }

    @Override
    public boolean keepWithNext() {
      return false;
    }

    @Override
    public void draw(Canvas canvas, TagScope scope, float left, float top) {
      float cardTop = top - spaceAbove;
      float x = left;
      boolean opens = opensList;
      for (Card card : cards) {
        Box box = Box.fromTop(x, cardTop, cardWidth, cardHeight());
        canvas.artifact(Canvas.Artifact.LAYOUT, () -> {
          canvas.fill(box, HouseColours.CARD);
          canvas.fill(new Box(box.left(), box.bottom(), EDGE, box.height()), HouseColours.NAVY);
        });
        drawCard(canvas, scope.item(Tags.LIST, Tags.LIST_ITEM, opens), card, box);
        opens = false;
        x += cardWidth + GAP;
      }
    }

    private void drawCard(Canvas canvas, PdfStructureElement item, Card card, Box box) {
      PdfStructureElement body = Tags.child(item, Tags.LIST_BODY);
      Box inner = new Box(box.left() + EDGE + PADDING, box.bottom() + PADDING, box.width() - EDGE - 2 * PADDING,
          box.height() - 2 * PADDING);
      // The figure and the words end in a space, so that they are read as separate words.
      float y = part(canvas, body, spaced(card.figure()), inner, inner.top(), figureStyle);
      y = part(canvas, body, spaced(card.text()), inner, y, textStyle);
      part(canvas, body, card.note(), inner, y, noteStyle);
    }

    /** Draws lines as content of {@code body}; returns the top of what follows them. */
    private static float part(Canvas canvas, PdfStructureElement body, List<String> lines, Box box, float top,
        TextStyle style) {
      if (lines.isEmpty()) {
        return top;
      }
      canvas.tagged(body, () -> canvas.lines(lines, box, top, style, Align.LEFT));
      return top - lines.size() * style.leading() - LINE_GAP;
    }

    private float cardHeight() {
      float tallest = 0;
      for (Card card : cards) {
        float height = card.figure().size() * figureStyle.leading() + card.text().size() * textStyle.leading()
            + card.note().size() * noteStyle.leading()
            + LINE_GAP * (Math.min(1, card.text().size()) + Math.min(1, card.note().size()));
        tallest = Math.max(tallest, height);
      }
      return tallest + 2 * PADDING;
    }

    private static List<String> spaced(List<String> lines) {
      if (lines.isEmpty()) {
        return lines;
      }
      List<String> spaced = new ArrayList<>(lines);
      spaced.set(spaced.size() - 1, spaced.get(spaced.size() - 1) + " ");
      return spaced;
    }
  }
}
