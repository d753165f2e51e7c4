package scorepack.job;

import java.time.Instant;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import scorepack.definition.Template;
import scorepack.engine.IndicatorCalculator;
import scorepack.engine.IndicatorResult;
import scorepack.engine.SeriesKey;
import scorepack.pack.Pack;
import scorepack.pack.PackBuilder;
import scorepack.workspace.Workspace;

/** Calculates every line of a template from a workspace and lays out the pack. */
public final class PackCalculation {
  private final Workspace workspace;
  private final IndicatorCalculator calculator;

  public PackCalculation(Workspace workspace) {
    this.workspace = workspace;
    this.calculator = new IndicatorCalculator(workspace.settings().calendar(), workspace.references().populations());
  }

  /** The calculated line of one indicator (and breakdown) as at a month. */
  public IndicatorResult line(SeriesKey key, YearMonth period) {
    return calculator.calculate(workspace.indicators().get(key.indicator()).definition(), workspace.seriesOf(key),
        period, workspace.references().comparatorsOf(key));
  }

  public Pack pack(Template template, YearMonth period, Instant created) {
    Map<SeriesKey, IndicatorResult> results = new HashMap<>();
    for (SeriesKey key : PackBuilder.lines(template)) {
      results.put(key, line(key, period));
    }
    return new PackBuilder(template, workspace.indicators(), results, workspace.glossary(), workspace.commentary())
        .build(period, created);
  }
}
