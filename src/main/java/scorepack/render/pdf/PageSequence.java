package scorepack.render.pdf;

import com.lowagie.text.Document;

/** Opens the document's pages one after another, and closes each with its footer. */
final class PageSequence {
  private final Document document;
  private final Canvas canvas;
  private final PageFooter footer;
  private final int total;
  private int current;

  PageSequence(Document document, Canvas canvas, PageFooter footer, int total) {
    this.document = document;
    this.canvas = canvas;
    this.footer = footer;
    this.total = total;
  }

  /** Finishes the page in progress, if any, and starts the next one. */
  Canvas startPage() {
    if (current > 0) {
      footer.draw(canvas, current, total);
      document.newPage();
    }
    current++;
    if (current > total) {
      throw new IllegalStateException("page " + current + " drawn, but the layout counted " + total);
    }
    return canvas;
  }

  /** The page in progress, for a part that starts on the previous part's last page. */
  Canvas samePage() {
    if (current == 0) {
      throw new IllegalStateException("no page has been started to continue");
    }
    return canvas;
  }

  /** Finishes the last page. */
  void finish() {
    if (current != total) {
      throw new IllegalStateException(current + " pages drawn, but the layout counted " + total);
    }
    footer.draw(canvas, current, total);
  }
}
