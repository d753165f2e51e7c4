package scorepack.pack;

import java.math.BigDecimal;
import java.util.List;
import scorepack.definition.DefinedIndicator;
import scorepack.engine.DisplayPrecision;

/**
 * The sentence that states a trend for readers who cannot see the sparkline. It names the line's
 * breakdown, as the trend chart's title does, so that the Families and Children lines of one
 * indicator are told apart.
 */
final class TrendDescription {
  private TrendDescription() {}

  static String describe(DefinedIndicator indicator, String breakdown, List<String> labels, List<BigDecimal> values) {
    int first = -1;
    int last = -1;
    for (int i = 0; i < values.size(); i++) {
      if (values.get(i) != null) {
        first = first < 0 ? i : first;
        last = i;
      }
    }
    String title = indicator.definition().title() + (breakdown.isEmpty() ? "" : ": " + breakdown);
    if (first < 0) {
      return title + ": no figures in the last " + values.size() + " periods.";
    }
    var def = indicator.definition();
    String from = FigureText.figure(values.get(first), def.unit(), def.decimals());
    String to = FigureText.figure(values.get(last), def.unit(), def.decimals());
    if (first == last) {
      return title + ": " + to + " in " + labels.get(last) + "; no earlier figures.";
    }
    int cmp = DisplayPrecision.round(values.get(last), def.decimals())
        .compareTo(DisplayPrecision.round(values.get(first), def.decimals()));
    String verb = cmp > 0 ? "rose from " : cmp < 0 ? "fell from " : "was unchanged at ";
    String middle = cmp == 0 ? to + " between " + labels.get(first) + " and " + labels.get(last)
        : from + " in " + labels.get(first) + " to " + to + " in " + labels.get(last);
    return title + " " + verb + middle + ".";
  }
}
