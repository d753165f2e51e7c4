package scorepack.engine;

import static scorepack.engine.DisplayPrecision.boundText;
import static scorepack.engine.DisplayPrecision.text;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The statistical process control reading of a series: its XmR chart, the points each
 * special-cause rule flags, and the variation and assurance labels for the latest point.
 *
 * @param figures the series charted, oldest first
 * @param polarity whether higher or lower is better, or neither
 * @param chart the mean, average moving range and process limits
 * @param flags every special-cause flag, by point and then by rule
 * @param variation what the latest point shows
 * @param target the target the assurance is judged against (the tolerances' green bound), if any
 * @param assurance whether the process consistently meets the target; empty without a target
 * @param span the periods charted, when the figures are an indicator's; empty for a bare series
 */
public record SpcResult(
    List<BigDecimal> figures,
    Polarity polarity,
    XmrChart chart,
    List<SpcFlag> flags,
    Variation variation,
    Optional<BigDecimal> target,
    Optional<Assurance> assurance,
    Optional<SpcSpan> span) {
  public SpcResult {
    figures = List.copyOf(figures);
    Objects.requireNonNull(polarity, "polarity");
    Objects.requireNonNull(chart, "chart");
    flags = flags.stream()
        .sorted(Comparator.comparingInt(SpcFlag::index).thenComparing(SpcFlag::rule)
            .thenComparing(SpcFlag::direction))
        .toList();
    Objects.requireNonNull(variation, "variation");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(assurance, "assurance");
    if (figures.isEmpty()) {
      throw new IllegalArgumentException("an SPC result needs at least one figure");
    }
    for (SpcFlag f : flags) {
      if (f.index() >= figures.size()) {
        throw new IllegalArgumentException(
            "flag " + f + " points past the end of a series of " + figures.size() + " figures");
      }
    }
    Set<Direction> latest = EnumSet.noneOf(Direction.class);
    int last = figures.size() - 1;
    flags.stream().filter(f -> f.index() == last).forEach(f -> latest.add(f.direction()));
    if (variation != Variation.of(latest, polarity)) {
      throw new IllegalArgumentException("the variation " + variation.code() + " does not follow from the latest "
          + "point's flags " + latest + " for a " + polarity.label() + "-is-good measure");
    }
    if (target.isPresent() != assurance.isPresent()) {
      throw new IllegalArgumentException("an assurance needs a target, and a target an assurance");
    }
    Objects.requireNonNull(span, "span");
    if (span.isPresent() && span.get().periods().size() != figures.size()) {
      throw new IllegalArgumentException("a chart of " + figures.size() + " figures needs as many periods, found "
          + span.get().periods().size());
    }
  }

  /** The mean of the baseline: the chart's centre line. */
  public BigDecimal mean() {
    return chart.mean();
  }

  public BigDecimal lowerLimit() {
    return chart.lowerLimit();
  }

  public BigDecimal upperLimit() {
    return chart.upperLimit();
  }

  public BigDecimal averageMovingRange() {
    return chart.averageMovingRange();
  }

  /** The positions (0 for the oldest) of the points the rule flags, in either direction. */
  public List<Integer> flagged(SpcRule rule) {
    return flags.stream().filter(f -> f.rule() == rule).map(SpcFlag::index).distinct().toList();
  }

  /** The flags on one point, by rule. */
  public List<SpcFlag> flagsAt(int index) {
    return flags.stream().filter(f -> f.index() == index).toList();
  }

  /** The variation label of any point, e.g. to colour the dots of a chart. */
  public Variation variationAt(int index) {
    Set<Direction> directions = EnumSet.noneOf(Direction.class);
    flagsAt(index).forEach(f -> directions.add(f.direction()));
    return Variation.of(directions, polarity);
  }

  /** {@link #describe(Unit, int)} for a plain number shown to one decimal place. */
  public String describe() {
    return describe(Unit.NUMBER, 1);
  }

  /**
   * The baseline the mean and limits come from, in words ("baseline Apr 2020 to Mar 2021"),
   * when the periods are known.
   */
  public Optional<String> baselineWords() {
    return span.map(s -> s.baselineWords(chart.baselinePoints()));
  }

  /**
   * One sentence for the explain command and alternative text, e.g. "Special cause concern: the
   * last 7 points are below the mean of 92.4% (limits 85.1% to 99.7%, from the baseline Apr 2020 to
   * Mar 2021); the target of 95% is hit and miss."
   *
   * @param unit the figure's unit (a percentage gets a % sign)
   * @param decimals the indicator's display decimals, for the figures, mean and limits
   */
  public String describe(Unit unit, int decimals) {
    StringBuilder s = variationWords(unit, decimals);
    target.ifPresent(t -> s.append("; the target of ").append(boundText(t, unit)).append(" is ")
        .append(assurance.orElseThrow().words()));
    return s.append('.').toString();
  }

  /**
   * The variation alone, for its own column, beside which {@link #describeAssurance} explains the
   * assurance: e.g. "Special cause concern: the last 7 points are below the mean of 92.4% (limits
   * 85.1% to 99.7%, from the baseline Apr 2020 to Mar 2021)."
   */
  public String describeVariation(Unit unit, int decimals) {
    return variationWords(unit, decimals).append('.').toString();
  }

  private StringBuilder variationWords(Unit unit, int decimals) {
    int last = figures.size() - 1;
    List<String> reasons = new ArrayList<>();
    boolean meanSaid = false;
    for (SpcFlag f : flagsAt(last)) {
      boolean up = f.direction() == Direction.UP;
      switch (f.rule()) {
        case OUTSIDE_LIMITS -> reasons.add("the latest point, " + text(figures.get(last), unit, decimals) + ", is "
            + (up ? "above the upper" : "below the lower") + " limit");
        case SHIFT -> {
          reasons.add("the last " + shiftRun(last) + " points are " + (up ? "above" : "below")
              + " the mean of " + text(mean(), unit, decimals));
          meanSaid = true;
        }
        case TREND -> reasons.add("the last " + trendRun(last) + " points are " + (up ? "rising" : "falling"));
        case TWO_OF_THREE_NEAR_LIMIT -> reasons.add(nearCount(last, f.direction())
            + " of the last 3 points are close to " + (beyondLimit(last, f.direction()) ? "or beyond " : "")
            + "the " + (up ? "upper" : "lower") + " limit");
      }
    }
    if (reasons.isEmpty()) {
      reasons.add("no special cause on the latest point");
    }
    String limits = "limits " + limitsText(unit, decimals) + baselineWords().map(b -> ", from the " + b).orElse("");
    return new StringBuilder(variation.words()).append(": ").append(join(reasons))
        .append(meanSaid ? " (" + limits + ")" : " (mean " + text(mean(), unit, decimals) + ", " + limits + ")");
  }

  /**
   * The assurance alone, for its own column, beside which {@link #describeVariation} explains the
   * variation: e.g. "The target of 95% is consistently missed: no value between the limits, 68.7% to
   * 73.7% (from the baseline Apr 2020 to Mar 2021), would meet it." Empty without a target.
   */
  public Optional<String> describeAssurance(Unit unit, int decimals) {
    return target.map(t -> {
      String limits = limitsText(unit, decimals) + baselineWords().map(b -> " (from the " + b + ")").orElse("");
      Assurance a = assurance.orElseThrow();
      String because = switch (a) {
        case PASS -> ": every value between the limits, " + limits + ", would meet it";
        case FAIL -> ": no value between the limits, " + limits + ", would meet it";
        case HIT_AND_MISS -> ": it lies between the limits, " + limits + ", so some periods will meet it and others"
            + " will not";
        case NOT_ASSESSED -> ", " + limits + ": the process has moved since the baseline";
      };
      return "The target of " + boundText(t, unit) + " is " + a.words() + because + ".";
    });
  }

  private String limitsText(Unit unit, int decimals) {
    return text(lowerLimit(), unit, decimals) + " to " + text(upperLimit(), unit, decimals);
  }

  /** How many points, ending with {@code last}, are on its side of the mean. */
  private int shiftRun(int last) {
    int side = figures.get(last).compareTo(mean());
    int first = last;
    while (first > 0 && figures.get(first - 1).compareTo(mean()) == side) {
      first--;
    }
    return last - first + 1;
  }

  /** How many points, ending with {@code last}, each move the way it moved. */
  private int trendRun(int last) {
    int step = figures.get(last).compareTo(figures.get(last - 1));
    int first = last;
    while (first > 0 && figures.get(first).compareTo(figures.get(first - 1)) == step) {
      first--;
    }
    return last - first + 1;
  }

  private long nearCount(int last, Direction d) {
    BigDecimal edge = d == Direction.UP ? chart.upperNearLimit() : chart.lowerNearLimit();
    int sign = d == Direction.UP ? 1 : -1;
    return figures.subList(last - 2, last + 1).stream().filter(y -> y.compareTo(edge) == sign).count();
  }

  private boolean beyondLimit(int last, Direction d) {
    return flags.stream()
        .anyMatch(f -> f.rule() == SpcRule.OUTSIDE_LIMITS && f.direction() == d && f.index() >= last - 2);
  }

  private static String join(List<String> parts) {
    if (parts.size() == 1) {
      return parts.get(0);
    }
    return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
  }

}
