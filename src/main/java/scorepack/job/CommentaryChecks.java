package scorepack.job;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import scorepack.definition.Template;
import scorepack.diagnostic.Diagnostics;
import scorepack.diagnostic.WarningKind;
import scorepack.engine.MonthNames;
import scorepack.engine.Rag;
import scorepack.pack.Cell;
import scorepack.pack.Column;
import scorepack.pack.CommentSource;
import scorepack.pack.Field;
import scorepack.pack.Pack;
import scorepack.pack.Row;
import scorepack.pack.Section;

/** Warns of each line judged Red (or as the workspace sets) that has no commentary for the month. */
public final class CommentaryChecks {
  private CommentaryChecks() {}

  public static void check(Template template, Pack pack, Set<Rag> required, Diagnostics diagnostics) {
    String file = "commentary/" + pack.period() + ".yaml";
    for (Section section : pack.sections()) {
      String ref = "";
      for (Row row : section.rows()) {
        ref = row.ref().isEmpty() ? ref : row.ref();
        Optional<Rag> rated = mostSevereRequired(pack.columnsOf(section), row, required);
        if (rated.isEmpty()) {
          continue;
        }
        String rag = rated.get().code();
        Cell comment = row.data().get(Field.COMMENTARY);
        String line = row.indicatorId() + (row.breakdown().isEmpty() ? "" : " (" + row.breakdown() + ")");
        Template.RowSpec spec = spec(template, ref, row.indicatorId());
        int at = spec == null ? 0 : spec.line();
        int column = spec == null ? 0 : spec.column();
        if (comment == null || CommentSource.of(comment) == CommentSource.NOT_SUPPLIED) {
          diagnostics.warning(withoutCommentary(rated.get()), template.file(), at, column, "row " + ref, line + " is "
              + rag + " in " + MonthNames.longName(pack.period()) + " with no commentary; expected a comment in " + file);
        } else if (CommentSource.of(comment) == CommentSource.CARRIED_FORWARD) {
          diagnostics.warning(WarningKind.COMMENTARY_CARRIED_FORWARD, template.file(), at, column, "row " + ref,
              line + " is " + rag + " in " + MonthNames.longName(pack.period()) + " and only last month's commentary is carried forward;"
              + " expected this month's in " + file);
        }
      }
    }
  }

  private static WarningKind withoutCommentary(Rag rag) {
    return switch (rag) {
      case RED -> WarningKind.RED_WITHOUT_COMMENTARY;
      case AMBER -> WarningKind.AMBER_WITHOUT_COMMENTARY;
      case GREEN -> WarningKind.GREEN_WITHOUT_COMMENTARY;
    };
  }

  private static Template.RowSpec spec(Template template, String ref, String indicator) {
    return template.sections().stream().flatMap(s -> s.rows().stream())
        .filter(r -> r.ref().equals(ref) && r.indicator().equals(indicator)).findFirst().orElse(null);
  }

  /**
   * The most severe rating that needs commentary among every RAG column the scorecard prints for
   * the line, or empty: a line Red only at year end is as much an exception
   * as one Red this month, and the exceptions part lists it either way.
   */
  private static Optional<Rag> mostSevereRequired(List<Column> columns, Row row, Set<Rag> required) {
    for (Rag rag : Rag.values()) { // RED, AMBER, GREEN: most severe first
      for (int i = 0; i < columns.size(); i++) {
        Field field = columns.get(i).field();
        if ((field == Field.RAG_MONTH || field == Field.RAG_YEAR) && required.contains(rag)
            && row.cells().get(i).code().equals(rag.code())) {
          return Optional.of(rag);
        }
      }
    }
    return Optional.empty();
  }
}
