package scorepack.render.pdf;

import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfStructureElement;
import java.util.ArrayList;
import java.util.List;
import scorepack.pack.Cell;

/**
 * A line of a scorecard row's key figures under its heading, e.g. "RAG (month): Red  Dec-22: 95.9
 * Green (target): <95.2": each label muted, each value as the scorecard prints it (a RAG word on
 * its fill, an arrow in its tone colour), wrapping to a further line when the page is too narrow.
 * Tagged as one paragraph; the fills are artifacts.
 *
 * @param lines the figures, line by line
 * @param labelStyle how the labels are set
 * @param size the type size of the values
 * @param spaceBelow the space below the last line
 */
record FigureLine(List<List<Figure>> lines, TextStyle labelStyle, float size, float spaceBelow) implements Block {
  private static final float GAP = 14;
  /** Between a label and its value. */
  private static final float LABEL_GAP = 3;
  private static final float BADGE_PADDING = 3;

  /**
   * One labelled figure.
   *
   * @param label e.g. "Dec-22:"
   * @param value the cell as the scorecard prints it
   */
  record Figure(String label, Cell value) {}

  FigureLine {
    lines = lines.stream().map(List::copyOf).toList();
  }

  /** The figures set in lines no wider than {@code width}. */
  static FigureLine of(List<Figure> figures, TextStyle labelStyle, float size, float width, LineBreaker lineBreaker,
      float spaceBelow) {
    List<List<Figure>> lines = new ArrayList<>();
    List<Figure> line = new ArrayList<>();
    float used = 0;
    for (Figure figure : figures) {
      float w = width(figure, labelStyle, size, lineBreaker);
      if (!line.isEmpty() && used + GAP + w > width) {
        lines.add(line);
        line = new ArrayList<>();
        used = 0;
      }
      used += (line.isEmpty() ? 0 : GAP) + w;
      line.add(figure);
    }
    if (!line.isEmpty()) {
      lines.add(line);
    }
    return new FigureLine(lines, labelStyle, size, spaceBelow);
  }

  @Override
  public float height() {
    return lines.size() * lineHeight() + spaceBelow;
  }

  @Override
  public boolean keepWithNext() {
    return true;
  }

  @Override
  public void draw(Canvas canvas, TagScope scope, float left, float top) {
    if (lines.isEmpty()) {
      return;
    }
    PdfStructureElement paragraph = scope.child(PdfName.P);
    LineBreaker lineBreaker = canvas.lineBreaker();
    float lineTop = top;
    for (List<Figure> line : lines) {
      float x = left;
      float baseline = lineTop - BADGE_PADDING - labelStyle.baselineDrop();
      for (Figure figure : line) {
        String label = figure.label() + " ";
        float labelX = x;
        canvas.tagged(paragraph, () -> canvas.text(label, labelX, baseline, labelStyle));
        x += lineBreaker.width(label, labelStyle) + LABEL_GAP;
        TextStyle value = valueStyle(figure.value());
        ToneColours colours = ToneColours.of(figure.value().tone());
        float valueWidth = lineBreaker.width(figure.value().text(), value);
        if (colours.fill() != null) {
          Box badge = Box.fromTop(x, lineTop, valueWidth + 2 * BADGE_PADDING, lineHeight() - 2);
          canvas.artifact(Canvas.Artifact.LAYOUT, () -> canvas.fill(badge, colours.fill()));
          x += BADGE_PADDING;
        }
        float valueX = x;
        // A space after each value keeps it apart from the next label when the line is read out.
        canvas.tagged(paragraph, () -> canvas.text(figure.value().text() + " ", valueX, baseline, value));
        x += valueWidth + (colours.fill() != null ? BADGE_PADDING : 0) + GAP;
      }
      lineTop -= lineHeight();
    }
  }

  private float lineHeight() {
    return Math.max(labelStyle.leading(), size * 1.2f) + 2 * BADGE_PADDING;
  }

  private TextStyle valueStyle(Cell cell) {
    ToneColours colours = ToneColours.of(cell.tone());
    return new TextStyle(true, size, colours.text());
  }

  private static float width(Figure figure, TextStyle labelStyle, float size, LineBreaker lineBreaker) {
    ToneColours colours = ToneColours.of(figure.value().tone());
    TextStyle value = new TextStyle(true, size, colours.text());
    return lineBreaker.width(figure.label(), labelStyle) + LABEL_GAP + lineBreaker.width(figure.value().text(), value) + (colours.fill() != null ? 2 * BADGE_PADDING : 0);
  }
}
