package scorepack.render.pdf;

import com.lowagie.text.pdf.PdfStructureElement;
import java.util.ArrayList;
import java.util.List;
import scorepack.pack.FrontMatter;

/**
 * A key as a tagged list: each item's label (an arrow in its tone colour with its word under it, or a
 * RAG word on its fill, drawn as the table draws them) beside what it means. Each item is a block of its own, so a long
 * key can run on to the next page.
 */
final class KeyList {
  private static final float PADDING = 3;
  private static final float GAP = 8;
  private static final float MIN_LABEL_WIDTH = 24;
  private static final float SPACING = 4;

  private final LineBreaker lineBreaker;
  private final TextStyle meaningStyle;

  KeyList(LineBreaker lineBreaker, float size) {
    this.lineBreaker = lineBreaker;
    this.meaningStyle = TextStyle.regular(size);
  }

  /** The key's items, {@code width} wide, the first {@code spaceAbove} below what precedes it. */
  List<Block> blocks(List<FrontMatter.KeyEntry> entries, float width, float spaceAbove) {
    float labelWidth = MIN_LABEL_WIDTH;
    for (FrontMatter.KeyEntry entry : entries) {
      labelWidth = Math.max(labelWidth, lineBreaker.width(entry.symbol(), labelStyle(entry)) + 4 * PADDING);
      labelWidth = Math.max(labelWidth, lineBreaker.width(entry.word(), wordStyle(entry)) + 4 * PADDING);
    }
    float bodyWidth = width - labelWidth - GAP;
    List<Block> items = new ArrayList<>();
    for (FrontMatter.KeyEntry entry : entries) {
      boolean first = items.isEmpty();
      TextStyle label = labelStyle(entry);
      List<String> meaning = lineBreaker.lines(entry.meaning(), meaningStyle, bodyWidth);
      float labelHeight = label.leading() + (entry.word().isEmpty() ? 0 : wordStyle(entry).leading());
      float height = Math.max(labelHeight, meaning.size() * meaningStyle.leading()) + 2 * PADDING;
      items.add(new Item(entry, label, wordStyle(entry), meaning, meaningStyle, labelWidth, bodyWidth, height,
          first ? spaceAbove : 0, first));
    }
    return items;
  }

  private TextStyle labelStyle(FrontMatter.KeyEntry entry) {
    ToneColours colours = ToneColours.of(entry.tone());
    boolean arrow = colours.fill() == null && colours.bold();
    return new TextStyle(colours.bold(), arrow ? meaningStyle.size() + 4 : meaningStyle.size(), colours.text());
  }

  /** The word under an arrow, set as the scorecard sets it: bold, in the arrow's colour, a size smaller. */
  private TextStyle wordStyle(FrontMatter.KeyEntry entry) {
    return new TextStyle(true, meaningStyle.size() - 1, ToneColours.of(entry.tone()).text());
  }

  /**
   * One key item, tagged LI with the symbol as its Lbl and the meaning as its LBody.
   *
   * @param entry the key entry
   * @param label the symbol's style
   * @param word the style of the word under the symbol
   * @param meaning the meaning's wrapped lines
   * @param meaningStyle their style
   * @param labelWidth the width of the label box
   * @param bodyWidth the width of the meaning
   * @param boxHeight the height of the label box and of the meaning
   * @param spaceAbove the space above the item
   * @param opensList whether the item is the key's first
   */
  record Item(FrontMatter.KeyEntry entry, TextStyle label, TextStyle word, List<String> meaning, TextStyle meaningStyle,
      float labelWidth, float bodyWidth, float boxHeight, float spaceAbove, boolean opensList) implements Block {
    Item {
      meaning = List.copyOf(meaning);
    }

    @Override
    public float height() {
      return spaceAbove + boxHeight + SPACING;
    }

    @Override
    public boolean keepWithNext() {
      return false;
    }

    @Override
    public void draw(Canvas canvas, TagScope scope, float left, float top) {
      PdfStructureElement item = scope.item(Tags.LIST, Tags.LIST_ITEM, opensList);
      ToneColours colours = ToneColours.of(entry.tone());
      Box labelBox = Box.fromTop(left, top - spaceAbove, labelWidth, boxHeight);
      if (colours.fill() != null) {
        canvas.artifact(Canvas.Artifact.LAYOUT, () -> canvas.fill(labelBox, colours.fill()));
      }
      boolean worded = !entry.word().isEmpty();
      float labelTop = labelBox.top() - (boxHeight - label.leading() - (worded ? word.leading() : 0)) / 2;
      canvas.tagged(Tags.child(item, Tags.LABEL), () -> {
        canvas.lines(List.of(worded ? entry.symbol() + " " : entry.symbol()), labelBox, labelTop, label, Align.CENTER);
        if (worded) {
          canvas.lines(List.of(entry.word()), labelBox, labelTop - label.leading(), word, Align.CENTER);
        }
      });
      Box body = Box.fromTop(labelBox.right() + GAP, labelBox.top(), bodyWidth, boxHeight);
      float bodyTop = body.top() - (boxHeight - meaning.size() * meaningStyle.leading()) / 2;
      canvas.tagged(Tags.child(item, Tags.LIST_BODY),
          () -> canvas.lines(meaning, body, bodyTop, meaningStyle, Align.LEFT));
    }
  }
}
