package scorepack.render.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.contentstream.operator.markedcontent.BeginMarkedContentSequence;
import org.apache.pdfbox.contentstream.operator.markedcontent.BeginMarkedContentSequenceWithProperties;
import org.apache.pdfbox.contentstream.operator.markedcontent.EndMarkedContentSequence;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.TextPosition;

/**
 * The text of each marked-content sequence on a page, split into tagged content and artifacts,
 * and the tagged text by marked-content id.
 */
public record TaggedContent(List<String> tagged, List<String> artifacts, Map<Integer, String> byId) {
  public static TaggedContent of(PDDocument document, int pageIndex) throws IOException {
    PDPage page = document.getPage(pageIndex);
    PDFMarkedContentExtractor extractor = new PDFMarkedContentExtractor();
    extractor.addOperator(new BeginMarkedContentSequence(extractor));
    extractor.addOperator(new BeginMarkedContentSequenceWithProperties(extractor));
    extractor.addOperator(new EndMarkedContentSequence(extractor));
    extractor.processPage(page);
    List<String> tagged = new ArrayList<>();
    List<String> artifacts = new ArrayList<>();
    Map<Integer, String> byId = new HashMap<>();
    for (PDMarkedContent content : extractor.getMarkedContents()) {
      String text = text(content);
      if ("Artifact".equals(content.getTag())) {
        artifacts.add(text);
      } else {
        tagged.add(text);
        byId.put(content.getMCID(), text);
      }
    }
    return new TaggedContent(tagged, artifacts, byId);
  }

  /** The text of a structure element's content and of its descendants', in structure order. */
  static String textOf(PDDocument document, PDStructureElement element) throws IOException {
    StringBuilder text = new StringBuilder();
    for (Object kid : element.getKids()) {
      if (kid instanceof Integer mcid) {
        text.append(of(document, document.getPages().indexOf(element.getPage())).byId().get(mcid));
      } else if (kid instanceof PDMarkedContentReference reference) {
        text.append(of(document, document.getPages().indexOf(reference.getPage())).byId().get(reference.getMCID()));
      } else if (kid instanceof PDStructureElement child) {
        text.append(textOf(document, child));
      }
    }
    return text.toString();
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
