package scorepack.render.pdf;

import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfStructureElement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The contents: each landmark's title, a dotted leader and its page number on the right, sections
 * indented under their part, and the whole entry a link to its page. Tagged TOC, an entry per TOCI,
 * the title and number read as one link ("Glossary 7"); the leader is an artifact.
 */
final class ContentsList {
  private static final float INDENT = 12;
  private static final float NUMBER_GAP = 6;
  private static final float SPACING = 2;

  private final LineBreaker lineBreaker;
  private final TextStyle style;

  ContentsList(LineBreaker lineBreaker, TextStyle style) {
    this.lineBreaker = lineBreaker;
    this.style = style;
  }

  /**
   * An entry per landmark, {@code width} wide, the first {@code spaceAbove} below what precedes it.
   *
   * @param landmarks the landmarks, their pages counted from the document's first
   */
  List<Block> blocks(List<Landmark> landmarks, float width, float spaceAbove) {
    // Room for the widest page number, so that every title wraps the same whatever its number.
    float numberWidth = lineBreaker.width("0000", style);
    List<Block> entries = new ArrayList<>();
    for (Landmark landmark : landmarks) {
      boolean first = entries.isEmpty();
      float indent = landmark.level() * INDENT;
      List<String> lines = lineBreaker.lines(landmark.title(), style, width - indent - numberWidth - NUMBER_GAP);
      entries.add(new Entry(landmark, lines, style, width, indent, first ? spaceAbove : 0, first));
    }
    return entries;
  }

  /**
   * One entry.
   *
   * @param target where it leads
   * @param lines the title's wrapped lines
   * @param style how they and the number are set
   * @param width the width of the list
   * @param indent how far the title is indented
   * @param spaceAbove the space above the entry
   * @param opensList whether the entry is the list's first
   */
  record Entry(Landmark target, List<String> lines, TextStyle style, float width, float indent, float spaceAbove,
      boolean opensList) implements Block {
    Entry {
      lines = List.copyOf(lines);
    }

    /** The page number as printed, counted from 1 like the footers. */
    String number() {
      return String.format(Locale.ROOT, "%d", target.page() + 1);
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
      PdfStructureElement item = scope.item(Tags.CONTENTS, Tags.CONTENTS_ITEM, opensList);
      PdfStructureElement link = Tags.child(Tags.child(item, PdfName.REFERENCE), PdfName.LINK);
      Box box = Box.fromTop(left, top - spaceAbove, width, lines.size() * style.leading());
      Box title = new Box(box.left() + indent, box.bottom(), box.width() - indent, box.height());
      // The last line ends in a space, so the title and number are read as two words.
      List<String> text = new ArrayList<>(lines);
      text.set(text.size() - 1, text.get(text.size() - 1) + " ");
      canvas.tagged(link, () -> canvas.lines(text, title, title.top(), style, Align.LEFT));
      float baseline = box.bottom() + style.leading() - style.baselineDrop();
      float numberLeft = box.right() - canvas.lineBreaker().width(number(), style);
      float titleEnd = title.left() + canvas.lineBreaker().width(lines.get(lines.size() - 1), style);
      canvas.artifact(Canvas.Artifact.LAYOUT,
          () -> canvas.dots(titleEnd + NUMBER_GAP, baseline, numberLeft - NUMBER_GAP, HouseColours.BORDER));
      canvas.tagged(link, () -> canvas.text(number(), numberLeft, baseline, style));
      canvas.link(link, box, target.page(), target.top(), target.title() + ", page " + number());
    }
  }
}
