package scorepack.render.pdf;

import java.util.Locale;

/** The footer on every page, an artifact: the pack's title on the left, "Page N of M" on the right. */
final class PageFooter {
  private final String title;
  private final PageGeometry geometry;
  private final TextStyle style;

  PageFooter(String title, PageGeometry geometry) {
    this.title = title;
    this.geometry = geometry;
    this.style = TextStyle.regular(8).withColour(HouseColours.MUTED);
  }

  void draw(Canvas canvas, int page, int total) {
    String pageText = String.format(Locale.ROOT, "Page %d of %d", page, total);
    float baseline = geometry.footerBaseline();
    canvas.artifact(Canvas.Artifact.PAGINATION, () -> {
      canvas.rule(geometry.left(), baseline + style.size() + 3, geometry.right(), HouseColours.BORDER, 0.5f);
      canvas.text(title, geometry.left(), baseline, style);
      float width = canvas.lineBreaker().width(pageText, style);
      canvas.text(pageText, geometry.right() - width, baseline, style);
    });
  }
}
