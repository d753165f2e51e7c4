package scorepack.job;

import java.time.Instant;
import java.time.YearMonth;
import scorepack.definition.Template;
import scorepack.engine.IndicatorCalculator;
import scorepack.engine.IndicatorResult;
import scorepack.engine.MonthColumns;
import scorepack.engine.SeriesKey;
import scorepack.pack.Pack;
import scorepack.pack.PackBuilder;
import scorepack.pack.PreviousIssue;
import scorepack.workspace.Workspace;

/** Calculates the lines of a template from a workspace, as the pack builder asks for them, and builds the pack. */
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

  /** The pack of a month, whole, compared with its previous issue. */
  public Pack pack(Template template, YearMonth period, Instant created, PreviousIssue previous) {
    MonthColumns shown = new MonthColumns(period, template.monthColumns());
    return new PackBuilder(template, workspace.indicators(), (key, month) -> line(key, shown.asAt(month)),
        workspace.glossary(), workspace.commentary(), workspace.settings().publication())
        .build(period, created, previous);
  }

  /** The pack of a month with no earlier issue to compare with. */
  public Pack pack(Template template, YearMonth period, Instant created) {
    return pack(template, period, created, PreviousIssue.NONE);
  }
}
