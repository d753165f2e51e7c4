package scorepack.engine;

import java.math.BigDecimal;
import java.time.Month;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything the engine needs to know about one indicator, as its YAML definition states it.
 *
 * @param id the identifier extracts and templates use, e.g. {@code lac-rate}
 * @param title the indicator title scorecards print
 * @param unit what the figure measures
 * @param polarity whether high or low is good
 * @param timeline how often it has a figure
 * @param behaviour how its year to date and outturn are formed
 * @param yearKind financial or academic reporting year
 * @param decimals decimals printed, and the precision DOT and RAG are judged at
 * @param tolerances RAG tolerances by reporting year
 * @param newMeasureFrom the reporting year the measure was introduced, if it is recent
 * @param population the population table a rate divides by, if the unit is a rate
 * @param previousYearOutturns last years' outturns to use where the extracts do not reach back
 * @param breakdowns the breakdown lines extracts may carry (e.g. Families, Children); empty if none
 * @param spc how its process-control chart is drawn: settings and rebases
 * @param publishedIn for an annual line published before its reporting year ends, the month each
 *     year's figure is published and dated (January for the annual NEET figure); empty for a figure
 *     dated the year's last month
 * @param yearToDateFrom the indicator whose figures give this line's year to date (and so its outturn
 *     and last year's): a termly measure whose year so far is measured on its own, as persistent
 *     absence since September is, and not formed from the terms; empty when the behaviour forms it
 * @param referencePeriod for a lagged measure, the months each period's figure describes and when it
 *     is published; empty for a figure of the period it is reported in
 */
public record IndicatorDefinition(
    String id,
    String title,
    Unit unit,
    Polarity polarity,
    Timeline timeline,
    Behaviour behaviour,
    YearKind yearKind,
    int decimals,
    Map<ReportingYear, Tolerance> tolerances,
    Optional<ReportingYear> newMeasureFrom,
    Optional<String> population,
    Map<ReportingYear, BigDecimal> previousYearOutturns,
    List<String> breakdowns,
    SpcPlan spc,
    Optional<Month> publishedIn,
    Optional<String> yearToDateFrom,
    Optional<ReferencePeriodRule> referencePeriod) {

  public IndicatorDefinition {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(polarity, "polarity");
    Objects.requireNonNull(timeline, "timeline");
    Objects.requireNonNull(behaviour, "behaviour");
    Objects.requireNonNull(yearKind, "yearKind");
    if (decimals < 0 || decimals > 6) {
      throw new IllegalArgumentException("decimals must be between 0 and 6, found " + decimals);
    }
    tolerances = Map.copyOf(tolerances);
    Objects.requireNonNull(newMeasureFrom, "newMeasureFrom");
    Objects.requireNonNull(population, "population");
    previousYearOutturns = Map.copyOf(previousYearOutturns);
    breakdowns = List.copyOf(breakdowns);
    Objects.requireNonNull(spc, "spc");
    Objects.requireNonNull(publishedIn, "publishedIn");
    if (publishedIn.isPresent() && timeline != Timeline.ANNUAL) {
      throw new IllegalArgumentException("only an annual line has a month it is published in, not a "
          + timeline.label() + " one");
    }
    Objects.requireNonNull(yearToDateFrom, "yearToDateFrom");
    if (yearToDateFrom.filter(id::equals).isPresent()) {
      throw new IllegalArgumentException("an indicator cannot take its year to date from itself");
    }
    Objects.requireNonNull(referencePeriod, "referencePeriod");
    if (unit.isRate() && population.isEmpty()) {
      throw new IllegalArgumentException("a " + unit.label().toLowerCase(Locale.ROOT) + " needs a population table");
    }
  }

  /** A definition of a measure reported for the period it describes. */
  public IndicatorDefinition(String id, String title, Unit unit, Polarity polarity, Timeline timeline,
      Behaviour behaviour, YearKind yearKind, int decimals, Map<ReportingYear, Tolerance> tolerances,
      Optional<ReportingYear> newMeasureFrom, Optional<String> population,
      Map<ReportingYear, BigDecimal> previousYearOutturns, List<String> breakdowns, SpcPlan spc,
      Optional<Month> publishedIn, Optional<String> yearToDateFrom) {
    this(id, title, unit, polarity, timeline, behaviour, yearKind, decimals, tolerances, newMeasureFrom, population,
        previousYearOutturns, breakdowns, spc, publishedIn, yearToDateFrom, Optional.empty());
  }

  /** A definition dated the last month of its period, whose year to date its behaviour forms. */
  public IndicatorDefinition(String id, String title, Unit unit, Polarity polarity, Timeline timeline,
      Behaviour behaviour, YearKind yearKind, int decimals, Map<ReportingYear, Tolerance> tolerances,
      Optional<ReportingYear> newMeasureFrom, Optional<String> population,
      Map<ReportingYear, BigDecimal> previousYearOutturns, List<String> breakdowns, SpcPlan spc) {
    this(id, title, unit, polarity, timeline, behaviour, yearKind, decimals, tolerances, newMeasureFrom, population,
        previousYearOutturns, breakdowns, spc, Optional.empty(), Optional.empty());
  }

  /** A definition whose process-control chart takes the Making Data Count defaults and no rebase. */
  public IndicatorDefinition(String id, String title, Unit unit, Polarity polarity, Timeline timeline,
      Behaviour behaviour, YearKind yearKind, int decimals, Map<ReportingYear, Tolerance> tolerances,
      Optional<ReportingYear> newMeasureFrom, Optional<String> population,
      Map<ReportingYear, BigDecimal> previousYearOutturns, List<String> breakdowns) {
    this(id, title, unit, polarity, timeline, behaviour, yearKind, decimals, tolerances, newMeasureFrom, population,
        previousYearOutturns, breakdowns, SpcPlan.defaults());
  }

  /** The tolerances in force for a reporting year, if any are set. */
  public Optional<Tolerance> toleranceFor(ReportingYear year) {
    return Optional.ofNullable(tolerances.get(year));
  }
}
