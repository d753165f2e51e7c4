package scorepack.workspace;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import scorepack.definition.Template;
import scorepack.diagnostic.Diagnostics;
import scorepack.diagnostic.WarningKind;
import scorepack.engine.IndicatorDefinition;
import scorepack.engine.MonthNames;
import scorepack.engine.Observation;
import scorepack.engine.PeriodCalendar;
import scorepack.engine.Series;
import scorepack.engine.SeriesKey;

/**
 * Warnings about the figures a month's packs will print: a line with no figure for the month, a
 * gap in a series, and a re-run that moved a shown figure by more than the workspace allows.
 * None stops a run unless {@code --strict} asks for it.
 */
public final class RunChecks {
  /** How far back a gap in a series is worth a warning: the months a pack's figures draw on. */
  private static final int MONTHS_CHECKED = 24;

  private final Workspace workspace;
  private final YearMonth period;
  private final Diagnostics diagnostics;

  private RunChecks(Workspace workspace, YearMonth period, Diagnostics diagnostics) {
    this.workspace = workspace;
    this.period = period;
    this.diagnostics = diagnostics;
  }

  /** Adds a warning for each problem in the lines of the given templates, as at the month. */
  public static void check(Workspace workspace, YearMonth period, Collection<Template> templates,
      Diagnostics diagnostics) {
    RunChecks checks = new RunChecks(workspace, period, diagnostics);
    Set<SeriesKey> revisionsChecked = new LinkedHashSet<>();
    for (Template t : templates) {
      for (Template.SectionSpec section : t.sections()) {
        for (Template.RowSpec row : section.rows()) {
          for (String breakdown : row.breakdowns().isEmpty() ? List.of("") : row.breakdowns()) {
            SeriesKey key = new SeriesKey(row.indicator(), breakdown);
            checks.line(t, row, key);
            if (revisionsChecked.add(key)) {
              checks.revisions(key, t.monthColumns());
            }
          }
        }
      }
    }
  }

  private void line(Template t, Template.RowSpec row, SeriesKey key) {
    IndicatorDefinition def = workspace.indicators().get(key.indicator()).definition();
    PeriodCalendar calendar = workspace.settings().calendar();
    Series series = workspace.seriesOf(key);
    YearMonth latestEnd = calendar.periodEndAtOrBefore(def, period);
    String where = "row " + row.ref() + (key.breakdown().isEmpty() ? "" : " (" + key.breakdown() + ")");
    if (series.byMonth().isEmpty()) {
      diagnostics.warning(WarningKind.NO_FIGURES, t.file(), row.line(), row.column(), where,
          "no extract holds any figure for '" + key + "'; the pack prints '-' throughout");
      return;
    }
    // a lagged figure not due yet prints when it is expected, and is no fault of the extracts
    boolean due = def.referencePeriod().flatMap(r -> r.expectedIn(latestEnd)).filter(e -> e.isAfter(period)).isEmpty();
    if (series.at(latestEnd).isEmpty() && due) {
      diagnostics.warning(WarningKind.NO_FIGURE_FOR_PERIOD, t.file(), row.line(), row.column(), where,
          "no figure for '" + key + "' in "
          + calendar.periodName(def, latestEnd) + "; the pack prints '-'");
    }
    List<String> missing = new ArrayList<>();
    YearMonth first = series.byMonth().firstKey();
    for (YearMonth m = period.minusMonths(MONTHS_CHECKED - 1); m.isBefore(latestEnd); m = m.plusMonths(1)) {
      if (!m.isBefore(first) && calendar.endsPeriod(def, m) && series.at(m).isEmpty()) {
        missing.add(MonthNames.shortName(m));
      }
    }
    if (!missing.isEmpty()) {
      diagnostics.warning(WarningKind.GAP, t.file(), row.line(), row.column(), where, "the extracts have a gap for '" + key
          + "': no figure for " + String.join(", ", missing));
    }
  }

  private void revisions(SeriesKey key, int monthColumns) {
    BigDecimal limit = workspace.settings().revisionWarningPercent();
    for (Series.Supersession s : workspace.seriesOf(key).superseded()) {
      YearMonth month = s.replaced().period();
      if (month.isBefore(period.minusMonths(monthColumns - 1)) || month.isAfter(period)) {
        continue;
      }
      Optional<BigDecimal> was = figure(s.replaced());
      Optional<BigDecimal> now = figure(s.by());
      if (was.isEmpty() || now.isEmpty() || was.get().signum() == 0) {
        continue;
      }
      BigDecimal change = now.get().subtract(was.get()).abs().multiply(BigDecimal.valueOf(100))
          .divide(was.get().abs(), MathContext.DECIMAL64);
      if (change.compareTo(limit) > 0) {
        diagnostics.warning(WarningKind.LARGE_REVISION, s.by().source().file(), (int) s.by().source().line(), 0, key.toString(),
            "the re-run moved " + MonthNames.shortName(month) + " by " + change.setScale(0, RoundingMode.HALF_UP)
            + "% (from " + describe(s.replaced()) + " in " + s.replaced().source().file() + " to "
            + describe(s.by()) + "), more than revision_warning_percent (" + limit.toPlainString() + "%)");
      }
    }
  }

  /** The figure an extract row gives, before any unit scaling: a value, a ratio or a count. */
  private static Optional<BigDecimal> figure(Observation o) {
    if (o.value() != null) {
      return Optional.of(o.value());
    }
    if (o.numerator() == null) {
      return Optional.empty();
    }
    if (o.denominator() == null) {
      return Optional.of(o.numerator());
    }
    return o.denominator().signum() == 0 ? Optional.empty()
        : Optional.of(o.numerator().divide(o.denominator(), MathContext.DECIMAL64));
  }

  private static String describe(Observation o) {
    if (o.value() != null) {
      return o.value().toPlainString();
    }
    return o.denominator() == null ? o.numerator().toPlainString()
        : o.numerator().toPlainString() + "/" + o.denominator().toPlainString();
  }
}
