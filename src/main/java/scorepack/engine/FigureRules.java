package scorepack.engine;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The rules that turn observations into one figure: a single period by unit, or sums over a
 * window (year to date, rolling twelve months) as Σnumerator / Σdenominator. Problems that leave a
 * figure blank are recorded as data-quality notes, never thrown.
 */
final class FigureRules {
  private static final MathContext PRECISION = MathContext.DECIMAL64;
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final IndicatorDefinition definition;
  private final Populations populations;
  private final List<FigureNote> notes;

  FigureRules(IndicatorDefinition definition, Populations populations, List<FigureNote> notes) {
    this.definition = definition;
    this.populations = populations;
    this.notes = notes;
  }

  /** The figure of one observation on its own, by the indicator's unit. */
  Optional<Figure> single(Observation o) {
    String when = MonthNames.shortName(o.period());
    if (o.value() != null) {
      return Optional.of(new Figure(o.value(), when + " = " + plain(o.value()) + " (value as extracted)",
          List.of(o.source()), definition.unit() == Unit.COUNT ? List.of(o.value()) : List.of()));
    }
    return ratio(o.numerator(), o.denominator(), o.period(), when, "", List.of(o.source()));
  }

  /**
   * The figure over a window of observations: counts are summed; ratios, averages and rates are
   * formed from the summed numerators and denominators.
   *
   * @param label how the window is named in the working, e.g. "Apr 2022–Dec 2022"
   */
  Optional<Figure> window(List<Observation> window, YearMonth rateMonth, String label) {
    List<SourceRef> sources = window.stream().map(Observation::source).toList();
    if (definition.unit() == Unit.COUNT || definition.unit() == Unit.NUMBER) {
      BigDecimal sum = BigDecimal.ZERO;
      List<String> parts = new ArrayList<>();
      for (Observation o : window) {
        BigDecimal v = o.value() != null ? o.value() : o.numerator();
        sum = sum.add(v);
        parts.add(plain(v));
      }
      return Optional.of(new Figure(sum, "Σ " + label + " = " + String.join(" + ", parts) + " = " + plain(sum),
          sources, definition.unit() == Unit.COUNT ? List.of(sum) : List.of()));
    }
    BigDecimal num = BigDecimal.ZERO;
    BigDecimal den = BigDecimal.ZERO;
    for (Observation o : window) {
      if (o.numerator() == null || (!definition.unit().isRate() && o.denominator() == null)) {
        notes.add(new FigureNote.Missing(label + ": " + MonthNames.shortName(o.period())
            + " has no numerator and denominator, so the figure over the window cannot be formed",
            Optional.of(o.source())));
        return Optional.empty();
      }
      num = num.add(o.numerator());
      if (o.denominator() != null) {
        den = den.add(o.denominator());
      }
    }
    return ratio(num, den, rateMonth, label, "Σ", sources);
  }

  private Optional<Figure> ratio(
      BigDecimal num, BigDecimal den, YearMonth month, String label, String sigma, List<SourceRef> sources) {
    switch (definition.unit()) {
      case COUNT, NUMBER -> {
        return Optional.of(new Figure(num, label + " = " + plain(num), sources,
            definition.unit() == Unit.COUNT ? List.of(num) : List.of()));
      }
      case RATE_PER_1000, RATE_PER_10000, RATE_PER_100000 -> {
        String table = definition.population().orElseThrow();
        ReportingYear year = ReportingYear.containing(month, definition.yearKind());
        Optional<Populations.Estimate> pop = populations.estimateFor(table, year, month);
        if (pop.isEmpty()) {
          notes.add(new FigureNote.Missing(label + ": no " + table + " population estimate for "
              + year.startYear() + " or earlier in the population reference file"));
          return Optional.empty();
        }
        BigDecimal p = pop.get().count();
        BigDecimal per = definition.unit().perPopulation();
        BigDecimal rate = num.multiply(per).divide(p, PRECISION);
        String times = DisplayPrecision.grouped(BigDecimal.valueOf(per.longValueExact()));
        return Optional.of(new Figure(rate, label + " = " + sigma + "count / population × " + times + " = "
            + plain(num) + " / " + plain(p) + " (" + table + ", mid-" + pop.get().year()
            + pop.get().from().map(f -> ", revised estimate used from " + MonthNames.shortName(f)).orElse("")
            + ") × " + times,
            sources, List.of(num)));
      }
      default -> {
        if (den == null) {
          notes.add(new FigureNote.Missing(label + ": a " + definition.unit().label() + " needs a denominator"));
          return Optional.empty();
        }
        if (den.signum() == 0) {
          notes.add(new FigureNote.Missing(label + ": the denominator is zero, so there is no figure"));
          return Optional.empty();
        }
        boolean percent = definition.unit() == Unit.PERCENT;
        BigDecimal v = num.multiply(percent ? HUNDRED : BigDecimal.ONE).divide(den, PRECISION);
        return Optional.of(new Figure(v, label + " = " + sigma + "numerator / " + sigma + "denominator"
            + (percent ? " × 100" : "") + " = " + plain(num) + " / " + plain(den), sources,
            Optional.of(new Fraction(num, den)), percent ? List.of(num, den, den.subtract(num)) : List.of(den)));
      }
    }
  }

  static String plain(BigDecimal v) {
    return v.stripTrailingZeros().toPlainString();
  }
}
