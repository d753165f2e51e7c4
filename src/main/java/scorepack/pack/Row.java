package scorepack.pack;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One scorecard line.
 *
 * @param ref the reference as printed (e.g. "4.2"); empty on a further line under the same reference
 * @param indicatorId the indicator id
 * @param breakdown the breakdown, or empty for the whole
 * @param cells one cell per pack column
 * @param trend the sparkline of this row, or null where the pack has no trend column
 * @param data what the row carries beyond its printed cells, by field (the commentary, statistical
 *     signals), for the CSV output and the renderers that show it
 */
public record Row(String ref, String indicatorId, String breakdown, List<Cell> cells, Trend trend,
    Map<Field, Cell> data) {
  public Row {
    Objects.requireNonNull(ref, "ref");
    Objects.requireNonNull(indicatorId, "indicatorId");
    Objects.requireNonNull(breakdown, "breakdown");
    cells = List.copyOf(cells);
    data = Collections.unmodifiableMap(data.isEmpty() ? new EnumMap<>(Field.class) : new EnumMap<>(data));
  }

  /** A row with nothing beyond its printed cells. */
  public Row(String ref, String indicatorId, String breakdown, List<Cell> cells, Trend trend) {
    this(ref, indicatorId, breakdown, cells, trend, Map.of());
  }
}
