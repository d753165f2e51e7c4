package scorepack.render.sheet;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The workbook's notes, numbered in the order they are first referred to, so that sheets laid out
 * in workbook order (and, within a sheet, title, headings, then rows) number them as a reader meets
 * them. The same text is always the same note.
 */
final class Notes {
  private final Map<String, Integer> numbers = new LinkedHashMap<>();

  /** The marker of a note, e.g. {@code [note 3]}, numbering it if it is new; empty text has no marker. */
  String marker(String text) {
    if (text.isBlank()) {
      return "";
    }
    return marker(numbers.computeIfAbsent(text.strip(), t -> numbers.size() + 1));
  }

  /** {@code text} followed by the note's marker, e.g. "RAG (month) [note 2]". */
  String after(String text, String note) {
    String marker = marker(note);
    return marker.isEmpty() ? text : text + " " + marker;
  }

  /** Every note, in number order. */
  List<Note> all() {
    List<Note> all = new ArrayList<>();
    numbers.forEach((text, n) -> all.add(new Note(n, text)));
    return all;
  }

  static String marker(int number) {
    return "[note " + number + "]";
  }

  /** A numbered note. */
  record Note(int number, String text) {
    String marker() {
      return Notes.marker(number);
    }
  }
}
