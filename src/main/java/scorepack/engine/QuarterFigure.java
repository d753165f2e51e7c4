package scorepack.engine;

import java.util.Objects;
import java.util.Optional;

/**
 * A line's figure over one quarter of its reporting year, or none.
 *
 * @param quarter the quarter
 * @param figure the figure: Σ of the quarter's periods for a flow, Σnumerator / Σdenominator for a
 *     ratio, the quarter-end figure for the others; empty where a period is missing
 */
public record QuarterFigure(ReportingQuarter quarter, Optional<Figure> figure) {
  public QuarterFigure {
    Objects.requireNonNull(quarter, "quarter");
    Objects.requireNonNull(figure, "figure");
  }
}
