package scorepack.render.html;

import java.util.ArrayList;
import java.util.List;
import scorepack.pack.Pack;
import scorepack.render.CommentaryLines;

/** The parts of the HTML pack the contents list links to, as {id, heading}, in reading order. */
final class Parts {
  private Parts() {}

  static List<String[]> of(Pack pack) {
    List<String[]> parts = new ArrayList<>();
    if (!pack.summary().counts().isEmpty() || !pack.summary().sentences().isEmpty()) {
      parts.add(new String[] {"summary", "Summary"});
    }
    if (!pack.keyFacts().isEmpty()) {
      parts.add(new String[] {"key-facts", "Key facts"});
    }
    parts.add(new String[] {"scorecard", pack.front().scorecardTitle().isEmpty() ? "Scorecard" : pack.front().scorecardTitle()});
    if (!pack.charts().isEmpty()) {
      parts.add(new String[] {"charts", "Charts"});
    }
    if (CommentaryLines.applies(pack)) {
      parts.add(new String[] {"commentary", CommentaryLines.HEADING});
    }
    if (!pack.dataNotes().isEmpty()) {
      parts.add(new String[] {"data-notes", "Data notes"});
    }
    if (!pack.changes().entries().isEmpty()) {
      parts.add(new String[] {"changes", "Changes since the last issue"});
    }
    if (!pack.glossary().isEmpty()) {
      parts.add(new String[] {"glossary", "Glossary"});
    }
    return parts;
  }

  /** The heading of the part with this id. */
  static String heading(Pack pack, String id) {
    return of(pack).stream().filter(p -> p[0].equals(id)).findFirst().map(p -> p[1]).orElseThrow();
  }
}
