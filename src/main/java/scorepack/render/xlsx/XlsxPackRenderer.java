package scorepack.render.xlsx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Date;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import scorepack.pack.Pack;
import scorepack.pack.PackMetadata;

/**
 * Writes a pack as an XLSX workbook: Cover, Key facts (when the template has them), Scorecard,
 * Glossary and, when the pack has any, Data notes and Changes (since the previous issue). Figures are numbers with Excel number formats, judgements keep their words, and every
 * sheet prints landscape one page wide. The same pack always gives the same bytes.
 */
public final class XlsxPackRenderer {
  public XlsxPackRenderer() {}

  /** Writes the workbook to {@code out}, which is left open. */
  public void render(Pack pack, OutputStream out) throws IOException {
    ByteArrayOutputStream raw = new ByteArrayOutputStream();
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      WorkbookStyles styles = new WorkbookStyles(workbook);
      new CoverSheet(styles, workbook.createSheet(CoverSheet.NAME)).write(pack.front());
      if (!pack.keyFacts().isEmpty()) {
        new KeyFactsSheet(styles, workbook.createSheet(KeyFactsSheet.NAME)).write("Key facts: "
            + pack.front().asAtLine(), pack.keyFacts());
      }
      new ScorecardSheet(styles, workbook.createSheet(ScorecardSheet.NAME)).write(pack);
      ListSheet.glossary().write(styles, workbook, ListSheet.entriesOf(pack.glossary()));
      if (!pack.dataNotes().isEmpty()) {
        ListSheet.dataNotes().write(styles, workbook, ListSheet.notesOf(pack.dataNotes()));
      }
      if (!pack.changes().entries().isEmpty()) {
        ListSheet.changes(pack.changes()).write(styles, workbook, ListSheet.changesOf(pack.changes()));
      }
      workbook.setActiveSheet(0);
      workbook.setSelectedTab(0);
      describe(workbook, pack);
      workbook.write(raw);
    }
    new FixedTimeZip(pack.metadata().created()).rewrite(raw.toByteArray(), out);
    out.flush();
  }

  private static void describe(XSSFWorkbook workbook, Pack pack) {
    PackMetadata meta = pack.metadata();
    POIXMLProperties.CoreProperties core = workbook.getProperties().getCoreProperties();
    core.setTitle(meta.title());
    core.setSubjectProperty(meta.subject());
    core.setCreator(meta.author());
    core.setLastModifiedByUser(meta.author());
    core.setKeywords(String.join(", ", "scorecard", "performance", pack.id(), pack.period().toString()));
    core.getUnderlyingProperties().setLanguageProperty(meta.language());
    // Fixed dates, so that the same pack gives the same bytes.
    Date created = Date.from(meta.created());
    core.setCreated(Optional.of(created));
    core.setModified(Optional.of(created));
  }
}
