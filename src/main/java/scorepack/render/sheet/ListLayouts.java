package scorepack.render.sheet;

import java.util.ArrayList;
import java.util.List;
import scorepack.pack.Changes;
import scorepack.pack.GlossaryEntry;

/** The sheets that are one table of text: contents, notes, changes and glossary. */
final class ListLayouts {
  static final String CONTENTS = "Contents";
  static final String NOTES = "Notes";
  static final String CHANGES = "Changes";
  static final String GLOSSARY = "Glossary";
  private static final String ONE_TABLE = "This worksheet contains one table.";

  private ListLayouts() {}

  /** A link to every other sheet, with its title. */
  static SheetLayout contents(List<SheetLayout> others) {
    List<List<SheetCell>> rows = new ArrayList<>();
    for (SheetLayout sheet : others) {
      rows.add(List.of(new SheetCell.Link(sheet.name()), SheetCell.body(sheet.title())));
    }
    TableLayout table = new TableLayout("Contents", List.of("Sheet name", "Sheet title"), rows, List.of(32, 100));
    return SheetLayout.withTable(CONTENTS, "Contents", lines(ONE_TABLE + " Select a sheet name to go to that sheet."),
        table);
  }

  static SheetLayout notes(List<Notes.Note> notes) {
    List<List<SheetCell>> rows = new ArrayList<>();
    for (Notes.Note note : notes) {
      rows.add(List.of(SheetCell.body(note.marker()), SheetCell.body(note.text())));
    }
    if (rows.isEmpty()) {
      rows.add(List.of(SheetCell.body("None"), SheetCell.body("This issue has no notes.")));
    }
    TableLayout table = new TableLayout("Notes", List.of("Note number", "Note text"), rows, List.of(14, 100));
    return SheetLayout.withTable(NOTES, "Notes", lines(ONE_TABLE, "Notes are numbered in the order they first"
        + " appear; [note N] in a sheet title, a column heading or the Notes column of a scorecard table refers to"
        + " note N."), table);
  }

  /**
   * The figures revised since the previous issue, as that issue and this one print them. The header
   * row follows the title directly: there are no symbols or notes to explain.
   */
  static SheetLayout changes(Changes changes, String name) {
    List<List<SheetCell>> rows = changes.entries().stream().map(c -> List.<SheetCell>of(SheetCell.body(c.ref()),
        SheetCell.body(c.indicator()), SheetCell.body(c.month()), SheetCell.body(c.was()), SheetCell.body(c.now()),
        SheetCell.body(c.source()))).toList();
    TableLayout table = new TableLayout("Changes", List.of("Ref", "Indicator", "Month", "Was", "Now", "Changed by"),
        rows, List.of(8, 50, 10, 10, 10, 40));
    return SheetLayout.withTable(name, "Changes since the last issue (" + changes.previousIssue() + ")", List.of(),
        table);
  }

  static SheetLayout glossary(List<GlossaryEntry> glossary, String name) {
    List<List<SheetCell>> rows = glossary.stream()
        .map(e -> List.<SheetCell>of(SheetCell.body(e.term()), SheetCell.body(e.definition()))).toList();
    TableLayout table = new TableLayout("Glossary", List.of("Term", "Definition"), rows, List.of(30, 100));
    return SheetLayout.withTable(name, "Glossary", lines(ONE_TABLE), table);
  }

  static List<List<SheetCell>> lines(String... lines) {
    return java.util.Arrays.stream(lines).map(l -> List.<SheetCell>of(SheetCell.text(l, TextRole.LINE))).toList();
  }
}
