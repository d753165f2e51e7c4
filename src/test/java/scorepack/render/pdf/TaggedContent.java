package scorepack.render.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.operator.markedcontent.BeginMarkedContentSequence;
import org.apache.pdfbox.contentstream.operator.markedcontent.BeginMarkedContentSequenceWithProperties;
import org.apache.pdfbox.contentstream.operator.markedcontent.EndMarkedContentSequence;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.TextPosition;

/** The text of each marked-content sequence on a page, split into tagged content and artifacts. */
record TaggedContent(List<String> tagged, List<String> artifacts) {
  static TaggedContent of(PDDocument document, int pageIndex) throws IOException {
    PDPage page = document.getPage(pageIndex);
    PDFMarkedContentExtractor extractor = new PDFMarkedContentExtractor();
    extractor.addOperator(new BeginMarkedContentSequence(extractor));
    extractor.addOperator(new BeginMarkedContentSequenceWithProperties(extractor));
    extractor.addOperator(new EndMarkedContentSequence(extractor));
    extractor.processPage(page);
    List<String> tagged = new ArrayList<>();
    List<String> artifacts = new ArrayList<>();
    for (PDMarkedContent content : extractor.getMarkedContents()) {
      String text = text(content);
      if ("Artifact".equals(content.getTag())) {
        artifacts.add(text);
      } else {
        tagged.add(text);
      }
    }
    return new TaggedContent(tagged, artifacts);
  }

  private static String text(PDMarkedContent content) {
    StringBuilder text = new StringBuilder();
    for (Object item : content.getContents()) {
      if (item instanceof TextPosition position) {
        text.append(position.getUnicode());
      } else if (item instanceof PDMarkedContent nested) {
        text.append(text(nested));
      }
    }
    return text.toString();
  }
}
