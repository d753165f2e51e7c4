package scorepack.job;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import scorepack.definition.DefinedIndicator;
import scorepack.definition.Template;
import scorepack.engine.Comparators;
import scorepack.engine.IndicatorCalculator;
import scorepack.engine.IndicatorDefinition;
import scorepack.engine.IndicatorResult;
import scorepack.engine.PeriodColumns;
import scorepack.engine.SeriesKey;
import scorepack.pack.Edition;
import scorepack.pack.Pack;
import scorepack.pack.PackBuilder;
import scorepack.pack.PreviousIssue;
import scorepack.workspace.Workspace;

/** Calculates the lines of a template from a workspace, as the pack builder asks for them, and builds the pack. */
public final class PackCalculation {
  private final Workspace workspace;
  private final IndicatorCalculator calculator;
  private final LocalDate issued;

  /**
   * @param asOf the run's {@code --as-of} date, the day its packs are issued; empty for the newest
   *     extract's date
   */
  public PackCalculation(Workspace workspace, Optional<LocalDate> asOf) {
    this.workspace = workspace;
    this.calculator = new IndicatorCalculator(workspace.settings().calendar(), workspace.references().populations());
    this.issued = asOf.or(() -> workspace.extracts().latestExtractDate()).orElse(LocalDate.MIN);
  }

  /** Packs issued on the newest extract's date. */
  public PackCalculation(Workspace workspace) {
    this(workspace, Optional.empty());
  }

  /** The day packs are issued on, which decides the benchmarks they print unless the template pins a day. */
  public LocalDate issued() {
    return issued;
  }

  /**
   * The calculated line of one indicator (and breakdown) as a pack printing those period columns
   * shows it; a line whose year to date another indicator gives is calculated with that one's figures.
   */
  public IndicatorResult line(SeriesKey key, PeriodColumns shown) {
    return calculate(key, shown, issued, true);
  }

  /** The line as the template's pack shows it, with the benchmarks the template pins, if it does. */
  public IndicatorResult line(SeriesKey key, PeriodColumns shown, Template template) {
    return calculate(key, shown, template.benchmarksAsOf().orElse(issued), true);
  }

  /** @param whole whether with the trend, process-control chart and quarters, or the ratings alone */
  private IndicatorResult calculate(SeriesKey key, PeriodColumns shown, LocalDate benchmarksAsOf, boolean whole) {
    IndicatorDefinition def = workspace.indicators().get(key.indicator()).definition();
    Optional<IndicatorCalculator.YearToDateLine> yearToDate = def.yearToDateFrom()
        .map(id -> workspace.indicators().get(id)).map(DefinedIndicator::definition)
        .map(d -> new IndicatorCalculator.YearToDateLine(d, workspace.seriesOf(new SeriesKey(d.id(), key.breakdown()))));
    Comparators comparators = workspace.references().comparatorsOf(key, benchmarksAsOf);
    return whole ? calculator.calculate(def, workspace.seriesOf(key), yearToDate, shown, comparators)
        : calculator.rate(def, workspace.seriesOf(key), yearToDate, shown, comparators);
  }

  /** The pack of a month in an edition, whole, compared with the edition's previous issue. */
  public Pack pack(Template template, YearMonth period, Instant created, PreviousIssue previous, Edition edition) {
    LocalDate benchmarks = template.benchmarksAsOf().orElse(issued);
    PackBuilder.LineResults lines = new PackBuilder.LineResults() {
      @Override
      public IndicatorResult of(SeriesKey key, PeriodColumns shown) {
        return calculate(key, shown, benchmarks, true);
      }

      @Override
      public IndicatorResult ratingOf(SeriesKey key, PeriodColumns shown) {
        return calculate(key, shown, benchmarks, false);
      }
    };
    return new PackBuilder(template, workspace.indicators(), lines, workspace.glossary(), workspace.commentary(),
        workspace.settings().publication(), workspace.settings().calendar(), edition)
        .build(period, created, previous);
  }

  /** The restricted pack of a month, whole, compared with its previous issue. */
  public Pack pack(Template template, YearMonth period, Instant created, PreviousIssue previous) {
    return pack(template, period, created, previous, Edition.RESTRICTED);
  }

  /** The pack of a month with no earlier issue to compare with. */
  public Pack pack(Template template, YearMonth period, Instant created) {
    return pack(template, period, created, PreviousIssue.NONE);
  }
}
