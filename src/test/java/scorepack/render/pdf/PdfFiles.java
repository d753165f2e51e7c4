package scorepack.render.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import scorepack.pack.Column;
import scorepack.pack.Pack;
import scorepack.pack.Row;
import scorepack.pack.Section;

/** Renders packs for the PDF tests, reshapes the fixture pack for particular cases, and reads pages back. */
final class PdfFiles {
  private PdfFiles() {}

  static byte[] render(Pack pack) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      new PdfPackRenderer().render(pack, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** The pack with only its first {@code keep} columns. */
  static Pack firstColumns(Pack pack, int keep) {
    List<Column> columns = pack.columns().subList(0, keep);
    List<Section> sections = new ArrayList<>();
    for (Section section : pack.sections()) {
      List<Row> rows = new ArrayList<>();
      for (Row row : section.rows()) {
        rows.add(new Row(row.ref(), row.indicatorId(), row.breakdown(), row.cells().subList(0, keep), row.trend()));
      }
      sections.add(new Section(section.title(), rows));
    }
    return new Pack(pack.id(), pack.period(), pack.metadata(), pack.front(), columns, sections, pack.glossary(),
        pack.dataNotes());
  }

  /** The pack without data notes, so that each ref is printed once. */
  static Pack withoutDataNotes(Pack pack) {
    return new Pack(pack.id(), pack.period(), pack.metadata(), pack.front(), pack.columns(), pack.sections(),
        pack.glossary(), List.of());
  }

  /**
   * The page (counted from 1) that holds a part's heading as tagged text: at its top, or under the
   * part before it.
   */
  static int pageHolding(PDDocument pdf, String heading) throws IOException {
    for (int p = 2; p <= pdf.getNumberOfPages(); p++) {
      if (TaggedContent.of(pdf, p - 1).tagged().contains(heading)) {
        return p;
      }
    }
    throw new AssertionError("no page holds the heading " + heading);
  }

  /** The text of pages {@code from} to {@code to} (counted from 1), runs of white space made one space. */
  static String pagesText(PDDocument pdf, int from, int to) throws IOException {
    PDFTextStripper stripper = new PDFTextStripper();
    stripper.setStartPage(from);
    stripper.setEndPage(to);
    return stripper.getText(pdf).replaceAll("\\s+", " ");
  }

  /** The text of page {@code page} (counted from 1), runs of white space made one space. */
  static String pageText(PDDocument pdf, int page) throws IOException {
    PDFTextStripper stripper = new PDFTextStripper();
    stripper.setStartPage(page);
    stripper.setEndPage(page);
    return stripper.getText(pdf).replaceAll("\\s+", " ");
  }

  /** Every glyph on page {@code page} (counted from 1), with its position. */
  static List<TextPosition> glyphs(PDDocument pdf, int page) throws IOException {
    List<TextPosition> glyphs = new ArrayList<>();
    PDFTextStripper stripper = new PDFTextStripper() {
      @Override
      protected void processTextPosition(TextPosition text) {
        glyphs.add(text);
      }
    };
    stripper.setStartPage(page);
    stripper.setEndPage(page);
    stripper.getText(pdf);
    return glyphs;
  }
}
