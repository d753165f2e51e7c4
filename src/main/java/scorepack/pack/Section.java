package scorepack.pack;

import java.util.List;
import java.util.Objects;

/**
 * A titled block of scorecard rows.
 *
 * @param title the section heading, e.g. "LOOKED AFTER CHILDREN"; empty for an untitled section
 * @param rows the rows, in order
 */
public record Section(String title, List<Row> rows) {
  public Section {
    Objects.requireNonNull(title, "title");
    rows = List.copyOf(rows);
  }
}
