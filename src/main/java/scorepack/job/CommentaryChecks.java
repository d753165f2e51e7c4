package scorepack.job;

import java.util.Set;
import scorepack.definition.Template;
import scorepack.diagnostic.Diagnostics;
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
        String rag = rag(pack, row);
        if (rag.isEmpty() || required.stream().noneMatch(r -> r.code().equals(rag))) {
          continue;
        }
        Cell comment = row.data().get(Field.COMMENTARY);
        String line = row.indicatorId() + (row.breakdown().isEmpty() ? "" : " (" + row.breakdown() + ")");
        Template.RowSpec spec = spec(template, ref, row.indicatorId());
        int at = spec == null ? 0 : spec.line();
        int column = spec == null ? 0 : spec.column();
        if (comment == null || CommentSource.of(comment) == CommentSource.NOT_SUPPLIED) {
          diagnostics.warning(template.file(), at, column, "row " + ref, line + " is " + rag + " in "
              + MonthNames.longName(pack.period()) + " with no commentary; expected a comment in " + file);
        } else if (CommentSource.of(comment) == CommentSource.CARRIED_FORWARD) {
          diagnostics.warning(template.file(), at, column, "row " + ref, line + " is " + rag + " in "
              + MonthNames.longName(pack.period()) + " and only last month's commentary is carried forward;"
              + " expected this month's in " + file);
        }
      }
    }
  }

  private static Template.RowSpec spec(Template template, String ref, String indicator) {
    return template.sections().stream().flatMap(s -> s.rows().stream())
        .filter(r -> r.ref().equals(ref) && r.indicator().equals(indicator)).findFirst().orElse(null);
  }

  /** The line's latest RAG code, from the RAG (month) column, else the RAG (year end) one; or empty. */
  private static String rag(Pack pack, Row row) {
    for (Field field : new Field[] {Field.RAG_MONTH, Field.RAG_YEAR}) {
      for (int i = 0; i < pack.columns().size(); i++) {
        Column column = pack.columns().get(i);
        if (column.field() == field && !row.cells().get(i).code().isEmpty()) {
          return row.cells().get(i).code();
        }
      }
    }
    return "";
  }
}
