package scorepack.engine;

import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;

/**
 * The figure for one month column, or none (a dash) when the month has no figure.
 *
 * @param month the month
 * @param figure the figure, if there is one
 * @param expectedIn for a lagged line's figure not published yet, the month it is expected
 */
public record PeriodFigure(YearMonth month, Optional<Figure> figure, Optional<YearMonth> expectedIn) {
  public PeriodFigure {
    Objects.requireNonNull(month, "month");
    Objects.requireNonNull(figure, "figure");
    Objects.requireNonNull(expectedIn, "expectedIn");
    if (figure.isPresent() && expectedIn.isPresent()) {
      throw new IllegalArgumentException("a figure in hand is not still expected");
    }
  }

  /** A period's figure, or a dash. */
  public PeriodFigure(YearMonth month, Optional<Figure> figure) {
    this(month, figure, Optional.empty());
  }
}
