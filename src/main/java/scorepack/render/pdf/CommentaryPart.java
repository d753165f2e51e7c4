package scorepack.render.pdf;

import com.lowagie.text.pdf.PdfName;
import java.util.ArrayList;
import java.util.List;
import scorepack.pack.Pack;
import scorepack.render.CommentaryLines;

/**
 * The exceptions and commentary, after the scorecard: every line rated Red in a RAG column the
 * scorecard prints, and every other line with the performance officer's comment, in scorecard order.
 * Each has its reference and title as a heading (H3), its RAG judgements, latest figure and target
 * as the scorecard prints them, and the comment as running text (P), the way a committee report
 * prints commentary under each indicator; a Red line nobody commented on says "No commentary
 * supplied". A note that the comment was carried forward from an earlier month is set apart above it.
 */
final class CommentaryPart {
  static final String HEADING = CommentaryLines.HEADING;
  private static final float MAX_PROSE_WIDTH = 760;
  private static final float LINE_GAP = 16;
  private static final float HEADING_GAP = 3;
  private static final float FIGURES_GAP = 4;

  private CommentaryPart() {}

  /** @param subline the line under the heading, such as the as-at line, or empty */
  static PackPart of(Pack pack, String subline, PageGeometry geometry, LineBreaker lineBreaker) {
    return of(pack, subline, geometry, lineBreaker, PartStart.newPage(geometry));
  }

  static PackPart of(Pack pack, String subline, PageGeometry geometry, LineBreaker lineBreaker, PartStart start) {
    return new BlockPart(HEADING, subline, blocks(pack, geometry, lineBreaker), geometry, start);
  }

  /** Whether any line of the pack has a comment, or is Red and so says that it has none. */
  static boolean applies(Pack pack) {
    return CommentaryLines.applies(pack);
  }

  private static List<Block> blocks(Pack pack, PageGeometry geometry, LineBreaker lineBreaker) {
    TextStyle headingStyle = TextStyle.bold(geometry.proseSize() + 2).withColour(HouseColours.NAVY);
    TextStyle prose = TextStyle.regular(geometry.proseSize() + 0.5f);
    TextStyle muted = TextStyle.regular(geometry.proseSize()).withColour(HouseColours.MUTED);
    float width = Math.min(geometry.contentWidth(), MAX_PROSE_WIDTH);
    List<Block> blocks = new ArrayList<>();
    blocks.add(TextBlock.of(PdfName.P, CommentaryLines.INTRO, muted, width, lineBreaker, 0, 0));
    for (CommentaryLines.Line line : CommentaryLines.of(pack)) {
      blocks.add(TextBlock.of(PdfName.H3, line.heading(), headingStyle, width, lineBreaker, LINE_GAP, HEADING_GAP));
      List<FigureLine.Figure> figures = new ArrayList<>();
      for (CommentaryLines.Shown shown : line.figures()) {
        figures.add(new FigureLine.Figure(shown.heading() + ":", shown.cell()));
      }
      if (!figures.isEmpty()) {
        blocks.add(FigureLine.of(figures, muted, geometry.proseSize() + 0.5f, width, lineBreaker, FIGURES_GAP));
      }
      if (!line.note().isEmpty()) {
        blocks.add(TextBlock.of(PdfName.P, line.note(), muted, width, lineBreaker, 0, 2).keptWithNext());
      }
      blocks.add(TextBlock.of(PdfName.P, line.text(), prose, width, lineBreaker, 0, 0));
    }
    return blocks;
  }
}
