package scorepack.engine;

import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;

/**
 * The figure for one month column, or none (a dash) when the month has no figure.
 *
 * @param month the month
 * @param figure the figure, if there is one
 */
public record PeriodFigure(YearMonth month, Optional<Figure> figure) {
  public PeriodFigure {
    Objects.requireNonNull(month, "month");
    Objects.requireNonNull(figure, "figure");
  }
}
