package scorepack.render.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import scorepack.pack.Column;
import scorepack.pack.Pack;
import scorepack.pack.Row;
import scorepack.pack.Section;

/** Renders packs for the PDF tests, and reshapes the fixture pack for particular cases. */
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
}
