package scorepack.render.pdf;

import java.util.List;
import scorepack.pack.Chart;

/**
 * The trend charts of the lines the template marks, after the scorecard, two to a row, in scorecard
 * order: each with its title as a caption and its description as alternative text.
 */
final class ChartsPart {
  static final String HEADING = "Charts";

  private ChartsPart() {}

  /**
   * @param charts the charts; at least one
   * @param subline the line under the heading, such as the as-at line, or empty
   */
  static PackPart of(List<Chart> charts, String subline, PageGeometry geometry, LineBreaker lineBreaker) {
    return of(charts, subline, geometry, lineBreaker, PartStart.newPage(geometry));
  }

  static PackPart of(List<Chart> charts, String subline, PageGeometry geometry, LineBreaker lineBreaker,
      PartStart start) {
    if (charts.isEmpty()) {
      throw new IllegalArgumentException("a charts part needs a chart");
    }
    return new BlockPart(HEADING, subline, new ChartRows(lineBreaker, geometry).rows(charts, 0), geometry, start);
  }
}
