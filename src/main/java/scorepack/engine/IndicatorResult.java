package scorepack.engine;

import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Every figure and judgement a scorecard prints for one indicator line in one reporting month.
 *
 * @param definition the indicator
 * @param breakdown the breakdown line, or the empty string for the whole
 * @param reportingMonth the month the scorecard is as at
 * @param year the reporting year of that month
 * @param months the month columns (the template's {@code month_columns} months, oldest first); empty where
 *     no figure
 * @param latest the latest period's figure: the reporting month, or the last quarter, term or year
 * @param yearToDate the year-to-date figure, or the outturn at year end; empty prints a dash (as for a
 *     line with no year to date, in-year)
 * @param outturn whether {@code yearToDate} is the outturn (the reporting month ends the year)
 * @param previousYear last year's outturn, if known
 * @param newMeasureText "New measure 2022/23" when the measure is new this year
 * @param judgements the DOTs and RAGs, each given or withheld with its reason
 * @param tolerance the tolerances in force this reporting year
 * @param benchmarks the comparator figures
 * @param quartileBand the authority's quartile band among all authorities (A best), if computed
 * @param rank the authority's rank among all authorities (1 best; ties share the lowest), if computed
 * @param trend the last 24 periods of the indicator's timeline, oldest first
 * @param spc the statistical process control signals of the latest period, when there are enough periods
 * @param dataNotes data-quality notes: why a figure is missing, which figures were revised
 * @param quarters the last financial quarter complete at the reporting month, then the quarter before
 *     it; empty for a line with no figure each month or quarter, or whose year is not the financial year
 */
public record IndicatorResult(
    IndicatorDefinition definition,
    String breakdown,
    YearMonth reportingMonth,
    ReportingYear year,
    List<PeriodFigure> months,
    Optional<Figure> latest,
    Optional<Figure> yearToDate,
    boolean outturn,
    Optional<Figure> previousYear,
    Optional<String> newMeasureText,
    Judgements judgements,
    Optional<Tolerance> tolerance,
    List<Benchmark> benchmarks,
    Optional<QuartileBand> quartileBand,
    Optional<Integer> rank,
    List<PeriodFigure> trend,
    Optional<SpcResult> spc,
    List<FigureNote> dataNotes,
    List<QuarterFigure> quarters) {

  public IndicatorResult {
    Objects.requireNonNull(definition, "definition");
    Objects.requireNonNull(breakdown, "breakdown");
    Objects.requireNonNull(reportingMonth, "reportingMonth");
    Objects.requireNonNull(year, "year");
    months = List.copyOf(months);
    Objects.requireNonNull(latest, "latest");
    Objects.requireNonNull(yearToDate, "yearToDate");
    Objects.requireNonNull(previousYear, "previousYear");
    Objects.requireNonNull(newMeasureText, "newMeasureText");
    Objects.requireNonNull(judgements, "judgements");
    Objects.requireNonNull(tolerance, "tolerance");
    benchmarks = List.copyOf(benchmarks);
    Objects.requireNonNull(quartileBand, "quartileBand");
    Objects.requireNonNull(rank, "rank");
    trend = List.copyOf(trend);
    Objects.requireNonNull(spc, "spc");
    dataNotes = List.copyOf(dataNotes);
    quarters = List.copyOf(quarters);
  }

  /** The direction of travel since the previous period, if given. */
  public Optional<DirectionOfTravel> monthDirection() {
    return judgements.monthDot().given();
  }

  /** The direction of travel of the year's figure against last year's outturn, if given. */
  public Optional<DirectionOfTravel> yearDirection() {
    return judgements.yearDot().given();
  }

  /** The RAG of the latest period's figure, if given. */
  public Optional<Rag> monthRag() {
    return judgements.monthRag().given();
  }

  /** The RAG of the year's figure (the year to date, or the outturn), if given. */
  public Optional<Rag> yearRag() {
    return judgements.yearRag().given();
  }
}
