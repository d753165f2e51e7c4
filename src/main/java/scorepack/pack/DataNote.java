package scorepack.pack;

import java.util.Objects;

/**
 * A data-quality note on one scorecard line: why a figure is missing, or that a month was revised.
 *
 * @param ref the reference of the line, e.g. 4.2
 * @param indicator the indicator title (with its breakdown)
 * @param note the note
 */
public record DataNote(String ref, String indicator, String note) {
  public DataNote {
    Objects.requireNonNull(ref, "ref");
    Objects.requireNonNull(indicator, "indicator");
    Objects.requireNonNull(note, "note");
  }
}
