package scorepack.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import scorepack.engine.Direction;
import scorepack.engine.Judgement;
import scorepack.pack.Cell;
import scorepack.pack.NumberFormat;
import scorepack.pack.Pack;
import scorepack.pack.PackFixtures;
import scorepack.pack.Row;
import scorepack.pack.Section;
import scorepack.pack.Tone;

/**
 * Issue 14, point 4: a DOT cell carries its meaning in words and shape, not in colour alone. An
 * improving ↑ and a declining ↑ used to differ only in green and red, and a screen reader or
 * {@code pdftotext} got a bare arrow.
 */
class Issue14DotMeaningTest {
  private static final int DOT_COLUMN = 10;
  private static final float DPI = 144;
  /** The first section's rows, in order: each judgement a DOT cell can carry. */
  private static final List<Cell> DOTS = List.of(
      dot(Direction.UP, Tone.IMPROVING, Judgement.IMPROVING),
      dot(Direction.UP, Tone.DECLINING, Judgement.DECLINING),
      dot(Direction.SAME, Tone.NEUTRAL, Judgement.NO_CHANGE),
      dot(Direction.UP, Tone.NEUTRAL, Judgement.HIGHER),
      dot(Direction.DOWN, Tone.NEUTRAL, Judgement.LOWER));
  private static final byte[] PDF = PdfFiles.render(withDots(PdfFiles.withoutDataNotes(
      PackFixtures.corporateParentingLike(DOTS.size()))));

  @Test
  void eachDotCellIsReadAsItsArrowAndItsWord() throws IOException {
    try (PDDocument pdf = Loader.loadPDF(PDF)) {
      List<String> cells = new ArrayList<>();
      for (PDStructureElement td : PdfPackRendererTest.elements(pdf, "TD")) {
        String text = TaggedContent.textOf(pdf, td);
        if (text.matches("[↑↓→].*")) {
          cells.add(text);
        }
      }
      assertThat(cells.subList(0, DOTS.size()))
          .containsExactly("↑ improving", "↑ declining", "→ no change", "↑ higher", "↓ lower");
    }
  }

  @Test
  void extractedPageTextHasTheWordUnderEachArrow() throws IOException {
    try (PDDocument pdf = Loader.loadPDF(PDF)) {
      String page = PdfFiles.pageText(pdf, 2);
      assertThat(page).contains("↑ improving", "↑ declining", "→ no change", "↑ higher", "↓ lower");
    }
  }

  /**
   * Rendered in grey and reduced to ink or paper, as a black-and-white printer would, the cell of an
   * improving ↑ and that of a declining ↑ still differ: the shapes differ, not only the colours.
   */
  @Test
  void improvingAndDecliningLookDifferentInBlackAndWhite() throws IOException {
    try (PDDocument pdf = Loader.loadPDF(PDF)) {
      List<TextPosition> arrows = PdfFiles.glyphs(pdf, 2).stream().filter(g -> g.getUnicode().equals("↑")).toList();
      BufferedImage page = new PDFRenderer(pdf).renderImageWithDPI(1, DPI, ImageType.GRAY);
            boolean[][] improving = ink(page, arrows.get(0));
      boolean[][] declining = ink(page, arrows.get(1));
      assertThat(count(improving)).isGreaterThan(0);
      assertThat(count(declining)).isGreaterThan(0);
      assertThat(difference(improving, declining)).as("pixels inked in one cell and not the other")
          .isGreaterThan(count(improving) / 4);
    }
  }

  @Test
  void theKeyGivesEachArrowTheWordTheTablePrints() throws IOException {
    try (PDDocument pdf = Loader.loadPDF(PDF)) {
      List<String> labels = new ArrayList<>();
      for (PDStructureElement label : PdfPackRendererTest.elements(pdf, "Lbl")) {
        labels.add(TaggedContent.textOf(pdf, label));
      }
      assertThat(labels).contains("↑ improving", "↓ declining", "→ no change");
    }
  }

  /** Ink (clearly darker than the paper) in a box around a DOT arrow and the word below it. */
  private static boolean[][] ink(BufferedImage page, TextPosition arrow) {
    float scale = DPI / 72;
    int left = Math.round((arrow.getXDirAdj() + arrow.getWidthDirAdj() / 2 - 18) * scale);
    int top = Math.round((arrow.getYDirAdj() - arrow.getHeightDir() - 2) * scale);
    int width = Math.round(36 * scale);
    int height = Math.round(22 * scale);
    boolean[][] ink = new boolean[height][width];
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        ink[y][x] = page.getRaster().getSample(left + x, top + y, 0) < 192;
      }
    }
    return ink;
  }

  private static int count(boolean[][] ink) {
    int n = 0;
    for (boolean[] row : ink) {
      for (boolean b : row) {
        n += b ? 1 : 0;
      }
    }
    return n;
  }

  private static int difference(boolean[][] a, boolean[][] b) {
    int n = 0;
    for (int y = 0; y < a.length; y++) {
      for (int x = 0; x < a[y].length; x++) {
        n += a[y][x] != b[y][x] ? 1 : 0;
      }
    }
    return n;
  }

  private static Cell dot(Direction direction, Tone tone, Judgement judgement) {
    return new Cell(direction.arrow(), null, NumberFormat.NONE, tone, judgement.word(), direction.code());
  }

  /** The pack with its first section's DOT cells set to {@link #DOTS}. */
  private static Pack withDots(Pack pack) {
    List<Section> sections = new ArrayList<>(pack.sections());
    List<Row> rows = new ArrayList<>();
    for (int r = 0; r < DOTS.size(); r++) {
      Row row = sections.get(0).rows().get(r);
      List<Cell> cells = new ArrayList<>(row.cells());
      cells.set(DOT_COLUMN, DOTS.get(r));
      rows.add(new Row(row.ref(), row.indicatorId(), row.breakdown(), cells, row.trend()));
    }
    sections.set(0, new Section(sections.get(0).title(), rows));
    return new Pack(pack.id(), pack.period(), pack.metadata(), pack.front(), pack.columns(), sections,
        pack.glossary(), pack.dataNotes());
  }
}
