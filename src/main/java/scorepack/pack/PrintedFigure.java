package scorepack.pack;

import java.time.YearMonth;
import java.util.Objects;

/**
 * One figure or judgement a pack prints, with where it sits: the unit of the CSV output and of
 * the ledger of published figures.
 *
 * @param section the section title
 * @param ref the line's reference (a breakdown line carries the reference of the line above)
 * @param indicator the indicator id
 * @param breakdown the breakdown, or empty
 * @param field the column's field
 * @param period the month a month figure belongs to; the reporting month for every other field
 * @param cell what is printed
 */
public record PrintedFigure(
    String section, String ref, String indicator, String breakdown, Field field, YearMonth period, Cell cell) {
  public PrintedFigure {
    Objects.requireNonNull(section, "section");
    Objects.requireNonNull(ref, "ref");
    Objects.requireNonNull(indicator, "indicator");
    Objects.requireNonNull(breakdown, "breakdown");
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(cell, "cell");
  }
}
