package scorepack.pack;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A titled block of scorecard rows.
 *
 * @param title the section heading, e.g. "LOOKED AFTER CHILDREN"; empty for an untitled section
 * @param rows the rows, in order
 * @param columns the section's own columns, where its period columns differ from the pack's (a table
 *     of terms in a pack of months); empty when it prints the pack's
 */
public record Section(String title, List<Row> rows, Optional<List<Column>> columns) {
  public Section {
    Objects.requireNonNull(title, "title");
    rows = List.copyOf(rows);
    columns = columns.map(List::copyOf);
  }

  /** A section printing the pack's columns. */
  public Section(String title, List<Row> rows) {
    this(title, rows, Optional.empty());
  }
}
