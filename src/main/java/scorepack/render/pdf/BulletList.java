package scorepack.render.pdf;

import com.lowagie.text.pdf.PdfStructureElement;
import java.util.ArrayList;
import java.util.List;

/**
 * Running text as a bulleted list: each item a block of its own, tagged LI with the bullet as its
 * Lbl and the text as its LBody, so a long list can run on to the next page.
 */
final class BulletList {
  private static final String BULLET = "•";
  private static final float INDENT = 14;
  private static final float SPACING = 5;

  private final LineBreaker lineBreaker;
  private final TextStyle style;

  BulletList(LineBreaker lineBreaker, TextStyle style) {
    this.lineBreaker = lineBreaker;
    this.style = style;
  }

  /** An item per text, {@code width} wide, the first {@code spaceAbove} below what precedes it. */
  List<Block> blocks(List<String> texts, float width, float spaceAbove) {
    List<Block> items = new ArrayList<>();
    for (String text : texts) {
      boolean first = items.isEmpty();
      items.add(new Item(lineBreaker.lines(text, style, width - INDENT), style, width, first ? spaceAbove : 0,
          first));
    }
    return items;
  }

  /**
   * One item.
   *
   * @param lines its text's wrapped lines
   * @param style how they are set
   * @param width the list's width, bullet included
   * @param spaceAbove the space above the item
   * @param opensList whether the item is the list's first
   */
  record Item(List<String> lines, TextStyle style, float width, float spaceAbove, boolean opensList)
      implements Block {
    Item {
      lines = List.copyOf(lines);
    }

    @Override
    public float height() {
      return spaceAbove + lines.size() * style.leading() + SPACING;
    }

    @Override
    public boolean keepWithNext() {
      return false;
    }

    @Override
    public void draw(Canvas canvas, TagScope scope, float left, float top) {
      PdfStructureElement item = scope.item(Tags.LIST, Tags.LIST_ITEM, opensList);
      Box box = Box.fromTop(left, top - spaceAbove, width, lines.size() * style.leading());
      // The bullet is followed by a space, so that it is not read as part of the first word.
      canvas.tagged(Tags.child(item, Tags.LABEL),
          () -> canvas.lines(List.of(BULLET + " "), box, box.top(), style, Align.LEFT));
      Box body = new Box(box.left() + INDENT, box.bottom(), box.width() - INDENT, box.height());
      canvas.tagged(Tags.child(item, Tags.LIST_BODY), () -> canvas.lines(lines, body, body.top(), style, Align.LEFT));
    }
  }
}
