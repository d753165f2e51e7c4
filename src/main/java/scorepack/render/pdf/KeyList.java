package scorepack.render.pdf;

import com.lowagie.text.pdf.PdfStructureElement;
import java.util.List;
import scorepack.pack.FrontMatter;

/**
 * A key as a tagged list: each item's label (an arrow in its tone colour, or a RAG word on its fill,
 * drawn as the table draws them) beside what it means.
 */
final class KeyList {
  private static final float PADDING = 3;
  private static final float GAP = 8;
  private static final float MIN_LABEL_WIDTH = 24;
  private static final float SPACING = 4;

  private final Canvas canvas;
  private final TextStyle meaningStyle;

  KeyList(Canvas canvas, float size) {
    this.canvas = canvas;
    this.meaningStyle = TextStyle.regular(size);
  }

  void draw(TextFlow flow, List<FrontMatter.KeyEntry> entries) {
    if (entries.isEmpty()) {
      return;
    }
    float labelWidth = MIN_LABEL_WIDTH;
    for (FrontMatter.KeyEntry entry : entries) {
      labelWidth = Math.max(labelWidth, canvas.lineBreaker().width(entry.symbol(), labelStyle(entry)) + 4 * PADDING);
    }
    PdfStructureElement list = Tags.child(flow.parent(), Tags.LIST);
    for (FrontMatter.KeyEntry entry : entries) {
      drawItem(flow, Tags.child(list, Tags.LIST_ITEM), entry, labelWidth);
    }
  }

  private void drawItem(TextFlow flow, PdfStructureElement item, FrontMatter.KeyEntry entry,
      float labelWidth) {
    TextStyle label = labelStyle(entry);
    ToneColours colours = ToneColours.of(entry.tone());
    float bodyWidth = flow.width() - labelWidth - GAP;
    List<String> meaning = canvas.lineBreaker().lines(entry.meaning(), meaningStyle, bodyWidth);
    float height = Math.max(label.leading(), meaning.size() * meaningStyle.leading()) + 2 * PADDING;
    Box labelBox = Box.fromTop(flow.left(), flow.y(), labelWidth, height);
    if (colours.fill() != null) {
      canvas.artifact(Canvas.Artifact.LAYOUT, () -> canvas.fill(labelBox, colours.fill()));
    }
    float labelTop = labelBox.top() - (height - label.leading()) / 2;
    canvas.tagged(Tags.child(item, Tags.LABEL),
        () -> canvas.lines(List.of(entry.symbol()), labelBox, labelTop, label, Align.CENTER));
    Box body = Box.fromTop(labelBox.right() + GAP, flow.y(), bodyWidth, height);
    float bodyTop = body.top() - (height - meaning.size() * meaningStyle.leading()) / 2;
    canvas.tagged(Tags.child(item, Tags.LIST_BODY),
        () -> canvas.lines(meaning, body, bodyTop, meaningStyle, Align.LEFT));
    flow.skip(height + SPACING);
  }

  private TextStyle labelStyle(FrontMatter.KeyEntry entry) {
    ToneColours colours = ToneColours.of(entry.tone());
    boolean arrow = colours.fill() == null && colours.bold();
    return new TextStyle(colours.bold(), arrow ? meaningStyle.size() + 4 : meaningStyle.size(), colours.text());
  }
}
