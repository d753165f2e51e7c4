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
 * @param periodCode the period as the CSV names it: the month ({@code 2023-01}), or for a term column
 *     the academic year and term ({@code 2022/23-T1})
 */
public record PrintedFigure(String section, String ref, String indicator, String breakdown, Field field,
    YearMonth period, Cell cell, String periodCode) {
  /** A figure of a month, or of the pack's month. */
  public PrintedFigure(
      String section, String ref, String indicator, String breakdown, Field field, YearMonth period, Cell cell) {
    this(section, ref, indicator, breakdown, field, period, cell, period.toString());
  }

  public PrintedFigure {
    Objects.requireNonNull(periodCode, "periodCode");
    Objects.requireNonNull(section, "section");
    Objects.requireNonNull(ref, "ref");
    Objects.requireNonNull(indicator, "indicator");
    Objects.requireNonNull(breakdown, "breakdown");
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(cell, "cell");
  }
}
