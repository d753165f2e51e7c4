package scorepack.render.sheet;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import scorepack.pack.Cell;
import scorepack.pack.Changes;
import scorepack.pack.Column;
import scorepack.pack.DataNote;
import scorepack.pack.Field;
import scorepack.pack.Pack;
import scorepack.pack.Row;
import scorepack.pack.Section;

/**
 * The notes that belong to one scorecard line: its data notes, why a judgement is not available, its
 * revised figures and "new measure".
 */
final class RowNotes {
  private final Pack pack;
  private final Notes notes;
  /** Every line's "ref|indicator", so that a note naming no line still finds the lines under its reference. */
  private final Set<String> lines = new HashSet<>();

  RowNotes(Pack pack, Notes notes) {
    this.pack = pack;
    this.notes = notes;
    for (Section section : pack.sections()) {
      String ref = "";
      for (Row row : section.rows()) {
        ref = row.ref().isEmpty() ? ref : row.ref();
        lines.add(ref + "|" + text(row, Field.INDICATOR));
      }
    }
  }

  /** The line's note markers, numbering any note met for the first time. */
  String markers(Row row, String ref) {
    String indicator = text(row, Field.INDICATOR);
    List<String> markers = new ArrayList<>();
    for (DataNote note : pack.dataNotes()) {
      if (applies(note.ref(), note.indicator(), ref, indicator)) {
        markers.add(notes.marker(note.detail()));
      }
    }
    List<Column> columns = pack.columnsOf(row);
    for (int i = 0; i < columns.size(); i++) {
      Cell cell = row.cells().get(i);
      if (cell.isNotAvailable()) {
        markers.add(notes.marker(columns.get(i).heading() + " not available: " + cell.meaning() + "."));
      }
    }
    String previousYear = text(row, Field.PREVIOUS_YEAR);
    if (previousYear != null && MissingFigures.isMissing(Field.PREVIOUS_YEAR, cell(row, Field.PREVIOUS_YEAR))
        && previousYear.length() > 1) {
      markers.add(notes.marker(previousYear + ": there is no previous year figure to compare with."));
    }
    Changes changes = pack.changes();
    for (Changes.Entry e : changes.entries()) {
      if (applies(e.ref(), e.indicator(), ref, indicator)) {
        markers.add(notes.marker("Revised since the last issue" + (changes.previousIssue().isEmpty() ? ""
            : " (" + changes.previousIssue() + ")") + ": " + e.month() + " was " + e.was() + ", now " + e.now()
            + " (" + e.source() + ")."));
      }
    }
    return String.join(" ", markers.stream().distinct().toList());
  }

  /** A note on (ref, indicator) applies to its line, or to every line under the reference if no line is that indicator. */
  private boolean applies(String noteRef, String noteIndicator, String ref, String indicator) {
    return noteRef.equals(ref) && (noteIndicator.equals(indicator) || !lines.contains(noteRef + "|" + noteIndicator));
  }

  private String text(Row row, Field field) {
    Cell cell = cell(row, field);
    return cell == null ? null : cell.text();
  }

  private Cell cell(Row row, Field field) {
    List<Column> columns = pack.columnsOf(row);
    for (int i = 0; i < columns.size(); i++) {
      if (columns.get(i).field() == field) {
        return row.cells().get(i);
      }
    }
    return null;
  }
}
