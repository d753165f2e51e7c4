package scorepack.render.pdf;

import java.util.ArrayList;
import java.util.List;
import scorepack.pack.Changes;
import scorepack.pack.DataNote;
import scorepack.pack.GlossaryEntry;

/**
 * The appendices as tables: the glossary (term, definition), the data notes (ref, indicator, note)
 * and the changes since the last issue.
 */
final class AppendixTables {
  private static final float MAX_WIDTH = 760;

  private final PageGeometry geometry;
  private final LineBreaker lineBreaker;

  AppendixTables(PageGeometry geometry, LineBreaker lineBreaker) {
    this.geometry = geometry;
    this.lineBreaker = lineBreaker;
  }

  /** Each term, in bold, heads its row; the definition wraps beside it. */
  PagedTable glossary(List<GlossaryEntry> entries) {
    CellLook term = new CellLook(TextStyle.bold(geometry.proseSize()), null, Align.LEFT);
    CellLook definition = plain();
    List<TableRow> rows = new ArrayList<>();
    for (GlossaryEntry entry : entries) {
      rows.add(new TableRow(List.of(new TableCell(entry.term(), term, 1, CellRole.ROW_HEADER, null, ""),
          TableCell.data(entry.definition(), definition)), false));
    }
    return table(new float[] {0.25f, 0.75f}, List.of("Term", "Definition"), rows);
  }

  PagedTable dataNotes(List<DataNote> notes) {
    List<TableRow> rows = new ArrayList<>();
    for (DataNote note : notes) {
      rows.add(new TableRow(List.of(TableCell.data(note.ref(), plain()), TableCell.data(note.indicator(), plain()),
          TableCell.data(note.text(), plain())), false));
    }
    return table(new float[] {0.07f, 0.38f, 0.55f}, List.of("Ref", "Indicator", "Note"), rows);
  }

  /** The figures revised since the last issue: where, what it was, what it is now, and which extract changed it. */
  PagedTable changes(Changes changes) {
    List<TableRow> rows = new ArrayList<>();
    for (Changes.Entry c : changes.entries()) {
      rows.add(new TableRow(List.of(TableCell.data(c.ref(), plain()), TableCell.data(c.indicator(), plain()),
          TableCell.data(c.month(), plain()), TableCell.data(c.was(), plain()), TableCell.data(c.now(), plain()),
          TableCell.data(c.source(), plain())), false));
    }
    return table(new float[] {0.07f, 0.38f, 0.1f, 0.09f, 0.09f, 0.27f},
        List.of("Ref", "Indicator", "Month", "Was", "Now", "Changed by"), rows);
  }

  private CellLook plain() {
    return new CellLook(TextStyle.regular(geometry.proseSize()), null, Align.LEFT);
  }

  private PagedTable table(float[] shares, List<String> headings, List<TableRow> rows) {
    // Running text is hard to read in lines much longer than this.
    float width = Math.min(geometry.contentWidth(), MAX_WIDTH);
    float[] widths = new float[shares.length];
    for (int c = 0; c < shares.length; c++) {
      widths[c] = shares[c] * width;
    }
    TableHeader header = TableHeader.simple(headings, TextStyle.bold(geometry.proseSize()), Align.LEFT);
    return new PagedTable(widths, header, rows, 0, lineBreaker);
  }
}
