package scorepack.job;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import scorepack.definition.Template;
import scorepack.engine.IndicatorCalculator;
import scorepack.engine.IndicatorResult;
import scorepack.engine.MonthColumns;
import scorepack.engine.SeriesKey;
import scorepack.pack.Pack;
import scorepack.pack.PackBuilder;
import scorepack.pack.SummaryBuilder;
import scorepack.workspace.Workspace;

/** Calculates every line of a template from a workspace and lays out the pack. */
public final class PackCalculation {
  private final Workspace workspace;
  private final IndicatorCalculator calculator;

  public PackCalculation(Workspace workspace) {
    this.workspace = workspace;
    this.calculator = new IndicatorCalculator(workspace.settings().calendar(), workspace.references().populations());
  }

  /** The calculated line of one indicator (and breakdown) as a pack printing those month columns shows it. */
  public IndicatorResult line(SeriesKey key, MonthColumns shown) {
    return calculator.calculate(workspace.indicators().get(key.indicator()).definition(), workspace.seriesOf(key),
        shown, workspace.references().comparatorsOf(key));
  }

  public Pack pack(Template template, YearMonth period, Instant created) {
    MonthColumns shown = new MonthColumns(period, template.monthColumns());
    Map<SeriesKey, IndicatorResult> results = new HashMap<>();
    for (SeriesKey key : PackBuilder.lines(template)) {
      results.put(key, line(key, shown));
    }
    Pack pack = new PackBuilder(template, workspace.indicators(), results, workspace.glossary(),
        workspace.commentary(), workspace.settings().publication()).build(period, created);
    return pack.withSummary(SummaryBuilder.of(period, summaryLines(template, shown, results)));
  }

  /** The scorecard's lines with targets, judged this month, last month and a year ago. */
  private List<SummaryBuilder.Line> summaryLines(Template template, MonthColumns shown,
      Map<SeriesKey, IndicatorResult> results) {
    YearMonth period = shown.reportingMonth();
    List<SummaryBuilder.Line> lines = new ArrayList<>();
    for (Template.SectionSpec section : template.sections()) {
      for (Template.RowSpec row : section.rows()) {
        for (String breakdown : row.breakdowns().isEmpty() ? List.of("") : row.breakdowns()) {
          SeriesKey key = new SeriesKey(row.indicator(), breakdown);
          IndicatorResult now = results.get(key);
          if (now.tolerance().isEmpty()) {
            continue;
          }
          String title = now.definition().title() + (breakdown.isEmpty() ? "" : ": " + breakdown);
          lines.add(new SummaryBuilder.Line(row.ref(), title, now, Optional.of(line(key, shown.asAt(period.minusMonths(1)))),
              Optional.of(line(key, shown.asAt(period.minusYears(1))))));
        }
      }
    }
    return lines;
  }
}
