package scorepack.pack;

import java.util.List;
import java.util.Objects;

/**
 * One scorecard line.
 *
 * @param ref the reference as printed (e.g. "4.2"); empty on a further line under the same reference
 * @param indicatorId the indicator id
 * @param breakdown the breakdown, or empty for the whole
 * @param cells one cell per pack column
 * @param trend the sparkline of this row, or null where the pack has no trend column
 */
public record Row(String ref, String indicatorId, String breakdown, List<Cell> cells, Trend trend) {
  public Row {
    Objects.requireNonNull(ref, "ref");
    Objects.requireNonNull(indicatorId, "indicatorId");
    Objects.requireNonNull(breakdown, "breakdown");
    cells = List.copyOf(cells);
  }
}
