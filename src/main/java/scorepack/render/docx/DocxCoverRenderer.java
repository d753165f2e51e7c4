package scorepack.render.docx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import scorepack.pack.Cover;
import scorepack.pack.Pack;
import scorepack.pack.PackMetadata;
import scorepack.render.KeepOpenOutputStream;
import scorepack.render.PackRenderer;

/**
 * Draws a covering report as a Word document: Word's heading styles, its own numbered and bulleted
 * lists, tables with a repeated header row, and a title, author and language in the document's
 * properties. Nothing is laid out with spaces or empty paragraphs.
 */
public final class DocxCoverRenderer implements PackRenderer {
  private WordLists lists;

  /** Draws the pack's covering report; a pack without one has no Word form. */
  @Override
  public void render(Pack pack, OutputStream out) throws IOException {
    render(pack.cover().orElseThrow(() -> new IllegalArgumentException(
        "the pack " + pack.fileStem() + " has no covering report: its template has no cover")), out);
  }

  public void render(Cover cover, OutputStream out) throws IOException {
    try (XWPFDocument document = new XWPFDocument()) {
      WordStyles.addTo(document, cover.metadata().language());
      lists = new WordLists(document);
      describe(document, cover.metadata());
      paragraph(document, WordStyles.TITLE, cover.details().stream().filter(d -> d.label().equals("Report title"))
          .map(Cover.Detail::value).findFirst().orElse(cover.metadata().title()));
      for (String notice : cover.notices()) {
        XWPFRun run = document.createParagraph().createRun();
        run.setBold(true);
        run.setText(notice);
      }
      heading(document, WordStyles.HEADING_1, "Report details");
      table(document, "Report details", List.of("Item", "Detail"), cover.details());
      section(document, "Report summary", cover.summary(), false);
      section(document, "Recommendations", cover.recommendations(), true);
      if (!cover.appendices().isEmpty()) {
        heading(document, WordStyles.HEADING_1, "List of appendices");
        cover.appendices().forEach(a -> paragraph(document, WordStyles.NORMAL, a));
      }
      heading(document, WordStyles.HEADING_1, "Other information");
      table(document, "Other information", List.of("Question", "Answer"), cover.declarations());
      section(document, "Background", cover.background(), true);
      keyIssues(document, cover.services());
      section(document, "How this draft was prepared", cover.method(), false);
      ByteArrayOutputStream raw = new ByteArrayOutputStream();
      document.write(raw);
      FixedZip.copy(raw.toByteArray(), LocalDateTime.ofInstant(cover.metadata().created(), ZoneOffset.UTC), out);
    }
  }

  private void keyIssues(XWPFDocument document, List<Cover.ServiceIssues> services) {
    if (services.isEmpty()) {
      return;
    }
    heading(document, WordStyles.HEADING_1, "Key issues");
    for (Cover.ServiceIssues service : services) {
      heading(document, WordStyles.HEADING_2, service.title());
      heading(document, WordStyles.HEADING_3, "Summary of what was working well");
      issues(document, service.workingWell(), "No line of this service is rated Green, or Amber and improving,"
          + " this month.");
      heading(document, WordStyles.HEADING_3, "Summary of areas of continued focus");
      issues(document, service.focus(), "No line of this service is rated Red, or Amber and declining,"
          + " this month.");
    }
  }

  private void issues(XWPFDocument document, List<Cover.KeyIssue> issues, String none) {
    if (issues.isEmpty()) {
      paragraph(document, WordStyles.NORMAL, none);
      return;
    }
    BigInteger list = lists.bulleted();
    for (Cover.KeyIssue issue : issues) {
      XWPFParagraph p = listItem(document, list);
      XWPFRun name = p.createRun();
      name.setBold(true);
      name.setText(issue.ref() + " " + issue.heading() + ". ");
      p.createRun().setText(issue.text());
      if (!issue.commentary().isEmpty()) {
        XWPFRun label = p.createRun();
        label.setBold(true);
        label.setText(" Service commentary: ");
        p.createRun().setText(issue.commentary());
      }
    }
  }

  private void section(XWPFDocument document, String title, List<String> paragraphs, boolean numbered) {
    if (paragraphs.isEmpty()) {
      return;
    }
    heading(document, WordStyles.HEADING_1, title);
    BigInteger list = numbered ? lists.numbered() : null;
    for (String text : paragraphs) {
      XWPFParagraph p = numbered ? listItem(document, list) : paragraph(document, WordStyles.NORMAL, "");
      p.createRun().setText(text);
    }
  }

  private static XWPFParagraph listItem(XWPFDocument document, BigInteger list) {
    XWPFParagraph p = document.createParagraph();
    p.setStyle(WordStyles.LIST_PARAGRAPH.id());
    p.setNumID(list);
    p.setNumILvl(BigInteger.ZERO);
    return p;
  }

  private static void heading(XWPFDocument document, WordStyles style, String text) {
    paragraph(document, style, text);
  }

  private static XWPFParagraph paragraph(XWPFDocument document, WordStyles style, String text) {
    XWPFParagraph p = document.createParagraph();
    p.setStyle(style.id());
    if (!text.isEmpty()) {
      p.createRun().setText(text);
    }
    return p;
  }

  /** A two-column table whose first row is a header row, repeated on every page it runs to. */
  private static void table(XWPFDocument document, String caption, List<String> headings, List<Cover.Detail> rows) {
    XWPFTable table = document.createTable(rows.size() + 1, headings.size());
    table.setWidth("100%");
    table.getCTTbl().getTblPr().addNewTblCaption().setVal(caption);
    XWPFTableRow header = table.getRow(0);
    header.setRepeatHeader(true);
    for (int c = 0; c < headings.size(); c++) {
      XWPFRun run = header.getCell(c).getParagraphs().get(0).createRun();
      run.setBold(true);
      run.setText(headings.get(c));
    }
    for (int r = 0; r < rows.size(); r++) {
      XWPFTableRow row = table.getRow(r + 1);
      row.setCantSplitRow(true);
      text(row.getCell(0), rows.get(r).label());
      text(row.getCell(1), rows.get(r).value());
    }
  }

  private static void text(XWPFTableCell cell, String text) {
    cell.getParagraphs().get(0).createRun().setText(text);
  }

  private static void describe(XWPFDocument document, PackMetadata metadata) {
    POIXMLProperties.CoreProperties core = document.getProperties().getCoreProperties();
    core.setTitle(metadata.title());
    core.setSubjectProperty(metadata.subject());
    core.setCreator(metadata.author());
    core.setLastModifiedByUser(metadata.author());
    core.getUnderlyingProperties().setLanguageProperty(metadata.language());
    if (metadata.sampleData()) {
      core.setKeywords(PackMetadata.SAMPLE_DATA);
    }
    // Fixed dates, so that the same pack gives the same bytes.
    Date created = Date.from(metadata.created());
    core.setCreated(Optional.of(created));
    core.setModified(Optional.of(created));
  }

  /** The document's zip rewritten with fixed entry times, in a stable order, content types first. */
  private static final class FixedZip {
    private FixedZip() {}

    static void copy(byte[] zip, LocalDateTime time, OutputStream target) throws IOException {
      List<ZipEntry> entries = new ArrayList<>();
      List<byte[]> contents = new ArrayList<>();
      try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
        for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
          entries.add(e);
          contents.add(in.readAllBytes());
        }
      }
      List<Integer> order = new ArrayList<>();
      for (int i = 0; i < entries.size(); i++) {
        order.add(i);
      }
      order.sort(Comparator.comparing((Integer i) -> !entries.get(i).getName().equals("[Content_Types].xml"))
          .thenComparing(i -> entries.get(i).getName()));
      try (ZipOutputStream out = new ZipOutputStream(new KeepOpenOutputStream(target))) {
        for (int i : order) {
          ZipEntry entry = new ZipEntry(entries.get(i).getName());
          entry.setTimeLocal(time);
          out.putNextEntry(entry);
          out.write(contents.get(i));
          out.closeEntry();
        }
      }
    }
  }
}
