package scorepack.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Statistical process control signals in the NHS England "Making Data Count" manner: an XmR chart
 * over a series of figures, the four special-cause rules, and the variation and assurance labels
 * for the latest point.
 */
public final class SpcSignals {
  private SpcSignals() {}

  /** {@link #of(List, Polarity, Optional, SpcSettings)} with the Making Data Count defaults. */
  public static Optional<SpcResult> of(List<BigDecimal> figures, Polarity polarity, Optional<Tolerance> tolerance) {
    return of(figures, polarity, tolerance, SpcSettings.defaults());
  }

  /**
   * Reads a series as an XmR chart.
   *
   * @param figures one figure per period, oldest first, with no gaps
   * @param polarity whether higher or lower is better, or neither
   * @param tolerance the tolerances in force, whose green bound is the target; empty for none
   * @param settings the baseline, minimum points and rule lengths
   * @return the reading, or empty when the series is shorter than {@code settings.minimumPoints()}
   */
  public static Optional<SpcResult> of(
      List<BigDecimal> figures, Polarity polarity, Optional<Tolerance> tolerance, SpcSettings settings) {
    return read(figures, Optional.empty(), polarity, tolerance, Set.of(), settings);
  }

  /**
   * Reads an indicator's series as an XmR chart, as {@link #of(List, Polarity, Optional,
   * SpcSettings)} does, naming its periods and judging the assurance against the line's ratings.
   *
   * @param span the periods of the figures, if known
   * @param ratings the RAG ratings the line carries, which a pass or fail must not contradict
   */
  static Optional<SpcResult> read(List<BigDecimal> figures, Optional<SpcSpan> span, Polarity polarity,
      Optional<Tolerance> tolerance, Set<Rag> ratings, SpcSettings settings) {
    Objects.requireNonNull(figures, "figures");
    Objects.requireNonNull(polarity, "polarity");
    Objects.requireNonNull(tolerance, "tolerance");
    Objects.requireNonNull(settings, "settings");
    for (int i = 0; i < figures.size(); i++) {
      if (figures.get(i) == null) {
        throw new IllegalArgumentException("figure " + (i + 1) + " of " + figures.size()
            + " is missing; an XmR chart needs a series without gaps, so chart only the periods since the last gap");
      }
    }
    if (tolerance.isPresent() && tolerance.get().polarity() != polarity) {
      throw new IllegalArgumentException("the tolerances are for a " + tolerance.get().polarity().label()
          + "-is-good measure but the polarity given is " + polarity.label() + "; pass the indicator's own polarity");
    }
    if (figures.size() < settings.minimumPoints()) {
      return Optional.empty();
    }
    List<BigDecimal> series = List.copyOf(figures);
    XmrChart chart = XmrChart.of(series, settings.baselinePoints(), settings.screenMovingRanges());
    List<SpcFlag> flags = new ArrayList<>();
    for (SpcRule rule : SpcRule.values()) {
      flags.addAll(rule.flags(series, chart, settings));
    }
    int last = series.size() - 1;
    Set<Direction> latest = EnumSet.noneOf(Direction.class);
    flags.stream().filter(f -> f.index() == last).forEach(f -> latest.add(f.direction()));
    return Optional.of(new SpcResult(series, polarity, chart, flags, Variation.of(latest, polarity),
        tolerance.map(Tolerance::green), Assurance.of(chart, tolerance, ratings), span));
  }
}
