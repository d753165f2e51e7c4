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
 * @param months the month columns (the last three months, oldest first); empty where no figure
 * @param latest the latest period's figure: the reporting month, or the last quarter, term or year
 * @param yearToDate the year-to-date figure, or the outturn at year end; empty prints a dash
 * @param outturn whether {@code yearToDate} is the outturn (the reporting month ends the year)
 * @param previousYear last year's outturn, if known
 * @param newMeasureText "New measure 2022/23" when the measure is new this year
 * @param monthDirection the direction of travel since the previous period
 * @param yearDirection the direction of travel of the year's figure against last year's outturn
 * @param tolerance the tolerances in force this reporting year
 * @param monthRag the RAG of the latest figure
 * @param yearRag the RAG of the year's figure (year to date, outturn, or latest for snapshots)
 * @param benchmarks the comparator figures
 * @param quartileBand the authority's quartile band among all authorities (A best), if computed
 * @param rank the authority's rank among all authorities (1 best; ties share the lowest), if computed
 * @param trend the last 24 periods of the indicator's timeline, oldest first
 * @param spc the statistical process control signals of the latest period, when there are enough periods
 * @param dataNotes data-quality notes: why a figure is missing, which figures were revised
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
    Optional<DirectionOfTravel> monthDirection,
    Optional<DirectionOfTravel> yearDirection,
    Optional<Tolerance> tolerance,
    Optional<Rag> monthRag,
    Optional<Rag> yearRag,
    List<Benchmark> benchmarks,
    Optional<QuartileBand> quartileBand,
    Optional<Integer> rank,
    List<PeriodFigure> trend,
    Optional<SpcResult> spc,
    List<String> dataNotes) {

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
    Objects.requireNonNull(monthDirection, "monthDirection");
    Objects.requireNonNull(yearDirection, "yearDirection");
    Objects.requireNonNull(tolerance, "tolerance");
    Objects.requireNonNull(monthRag, "monthRag");
    Objects.requireNonNull(yearRag, "yearRag");
    benchmarks = List.copyOf(benchmarks);
    Objects.requireNonNull(quartileBand, "quartileBand");
    Objects.requireNonNull(rank, "rank");
    trend = List.copyOf(trend);
    Objects.requireNonNull(spc, "spc");
    dataNotes = List.copyOf(dataNotes);
  }
}
