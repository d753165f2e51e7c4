package scorepack.pack;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.function.Predicate;
import scorepack.engine.DirectionOfTravel;
import scorepack.engine.IndicatorResult;
import scorepack.engine.Judgement;
import scorepack.engine.MonthNames;
import scorepack.engine.PeriodFigure;
import scorepack.engine.Rag;

/**
 * Writes the summary page from the scorecard's finished rows: how many lines the headline RAG column
 * rates Red, Amber and Green this month, and the same column as last month's and last year's packs
 * print it; the lines that changed band; and the largest improvements and declines, quoting the
 * figures the scorecard prints.
 */
final class SummaryBuilder {
  /** How many of the largest improvements (and declines) a summary names. */
  private static final int LARGEST = 3;
  private static final List<Rag> ORDER = List.of(Rag.RED, Rag.AMBER, Rag.GREEN);

  private SummaryBuilder() {}

  /**
   * One scorecard line as the summary reads it.
   *
   * @param ref the line's reference
   * @param title the line's title (with its breakdown)
   * @param now the headline RAG cell the scorecard prints
   * @param lastMonth the same cell as last month's pack prints it
   * @param lastYear the same cell as the pack of a year before prints it
   * @param movement the change since the previous period, where the scorecard prints both figures
   */
  record Line(String ref, String title, Rated now, Rated lastMonth, Rated lastYear, Optional<Movement> movement) {
    Line {
      Objects.requireNonNull(ref, "ref");
      Objects.requireNonNull(title, "title");
      Objects.requireNonNull(now, "now");
      Objects.requireNonNull(lastMonth, "lastMonth");
      Objects.requireNonNull(lastYear, "lastYear");
      Objects.requireNonNull(movement, "movement");
    }
  }

  /**
   * A headline RAG cell in one month.
   *
   * @param cell the cell as printed
   * @param hasTarget whether the line had tolerances in that month's year, so that it should be rated
   */
  record Rated(Cell cell, boolean hasTarget) {
    Rated {
      Objects.requireNonNull(cell, "cell");
    }

    Optional<Rag> rag() {
      return ORDER.stream().filter(r -> r.code().equals(cell.code())).findFirst();
    }

  }

  /**
   * How far a line moved since its previous period, in the figures the scorecard prints.
   *
   * @param judgement improving or declining
   * @param relative the size of the change relative to where it was, for ranking
   * @param from the earlier figure as printed, e.g. "1.9%"
   * @param to the later figure as printed
   */
  record Movement(Judgement judgement, BigDecimal relative, String from, String to) {
    Movement {
      Objects.requireNonNull(judgement, "judgement");
      Objects.requireNonNull(relative, "relative");
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(to, "to");
    }

    /**
     * The line's movement, if the scorecard prints its DOT (month) judgement and both figures it
     * compares, in its month columns.
     */
    static Optional<Movement> of(Row row, List<Column> columns, IndicatorResult result) {
      Optional<DirectionOfTravel> dot = result.monthDirection();
      List<PeriodFigure> periods = result.trend();
      boolean dotPrinted = columns.stream().anyMatch(c -> c.field() == Field.DOT_MONTH);
      if (dot.isEmpty() || !dotPrinted || periods.size() < 2 || dot.get().from().signum() == 0
          || (dot.get().judgement() != Judgement.IMPROVING && dot.get().judgement() != Judgement.DECLINING)) {
        return Optional.empty();
      }
      Optional<Cell> from = monthCell(row, columns, periods.get(periods.size() - 2).month());
      Optional<Cell> to = monthCell(row, columns, periods.get(periods.size() - 1).month());
      if (from.isEmpty() || to.isEmpty()) {
        return Optional.empty();
      }
      DirectionOfTravel d = dot.get();
      BigDecimal relative = d.to().subtract(d.from()).abs().divide(d.from().abs(), MathContext.DECIMAL64);
      return Optional.of(new Movement(d.judgement(), relative, from.get().text(), to.get().text()));
    }

    private static Optional<Cell> monthCell(Row row, List<Column> columns, YearMonth month) {
      for (int i = 0; i < columns.size(); i++) {
        if (columns.get(i).field() == Field.MONTH && month.equals(columns.get(i).period())
            && row.cells().get(i).hasValue()) {
          return Optional.of(row.cells().get(i));
        }
      }
      return Optional.empty();
    }
  }

  /**
   * @param period the pack's month
   * @param column the heading of the RAG column counted, as the scorecard prints it
   * @param lines the scorecard's lines, in order
   */
  static Summary of(YearMonth period, String column, List<Line> lines) {
    String month = MonthNames.longName(period);
    String previous = MonthNames.longName(period.minusMonths(1));
    String yearAgo = MonthNames.longName(period.minusYears(1));
    List<Summary.Count> counts = new ArrayList<>();
    for (Rag rag : ORDER) {
      Predicate<Rated> rated = r -> r.rag().equals(Optional.of(rag));
      counts.add(new Summary.Count(rag.word(), Keys.tone(rag), count(lines, Line::now, rated),
          count(lines, Line::lastMonth, rated), count(lines, Line::lastYear, rated)));
    }
    counts.add(new Summary.Count(Summary.NOT_RATED, Tone.PLAIN, unrated(lines, Line::now),
        unrated(lines, Line::lastMonth), unrated(lines, Line::lastYear)));
    List<String> sentences = new ArrayList<>();
    long withTargets = lines.stream().filter(l -> l.now().hasTarget()).count();
    if (withTargets == 0) {
      sentences.add("No measure in this pack has a target for " + month + ".");
      return new Summary(column, counts, sentences);
    }
    sentences.add("The counts are of the scorecard's " + column + " column, for every measure with a target;"
        + " last month and a year ago are counted the same way, from that month's figures. A measure is not rated"
        + " when that month has no figure for it, or its year had no target.");
    sentences.add("In " + month + ", the " + withTargets + " measures with targets were rated " + tally(counts,
        Summary.Count::now) + " (" + previous + ": " + tally(counts, Summary.Count::lastMonth) + "; " + yearAgo
        + ": " + tally(counts, Summary.Count::lastYear) + ").");
    sentences.add(bandChanges(lines, previous, true));
    sentences.add(bandChanges(lines, previous, false));
    sentences.add(largest(lines, Judgement.IMPROVING, "improvements"));
    sentences.add(largest(lines, Judgement.DECLINING, "declines"));
    sentences.removeIf(String::isEmpty);
    return new Summary(column, counts, sentences);
  }

  /** How many lines a month's cell counts for; none when that month rated no line at all. */
  private static OptionalInt count(List<Line> lines, Function<Line, Rated> when, Predicate<Rated> counted) {
    if (lines.stream().map(when).noneMatch(r -> r.rag().isPresent())) {
      return OptionalInt.empty();
    }
    return OptionalInt.of((int) lines.stream().map(when).filter(counted).count());
  }

  /**
   * How many of this month's measures with targets a month left unrated, for want of a figure or,
   * in an earlier year, of a target; none when that month rated no line at all.
   */
  private static OptionalInt unrated(List<Line> lines, Function<Line, Rated> when) {
    if (lines.stream().map(when).noneMatch(r -> r.rag().isPresent())) {
      return OptionalInt.empty();
    }
    return OptionalInt.of((int) lines.stream().filter(l -> l.now().hasTarget() && when.apply(l).rag().isEmpty())
        .count());
  }

  /** "14 Green, 10 Amber and 32 Red", with the lines left unrated; or why there is no count. */
  private static String tally(List<Summary.Count> counts, Function<Summary.Count, OptionalInt> when) {
    if (when.apply(counts.get(0)).isEmpty()) {
      return "not available, as no measure had both a figure and a target";
    }
    String rated = when.apply(counts.get(2)).getAsInt() + " Green, " + when.apply(counts.get(1)).getAsInt()
        + " Amber and " + when.apply(counts.get(0)).getAsInt() + " Red";
    int unrated = when.apply(counts.get(3)).getAsInt();
    return unrated == 0 ? rated : rated + ", with " + unrated + " not rated";
  }

  /** "Moved up a band since November 2022: 4.7 Reviews in time (Amber to Green)." */
  private static String bandChanges(List<Line> lines, String previous, boolean up) {
    List<String> moved = new ArrayList<>();
    for (Line l : lines) {
      Optional<Rag> was = l.lastMonth().rag();
      Optional<Rag> now = l.now().rag();
      if (was.isPresent() && now.isPresent() && was.get() != now.get()
          && (better(now.get(), was.get()) == up)) {
        moved.add(l.ref() + " " + l.title() + " (" + was.get().word() + " to " + now.get().word() + ")");
      }
    }
    if (moved.isEmpty()) {
      return up ? "No measure moved up a RAG band since " + previous + "." : "";
    }
    return "Moved " + (up ? "up" : "down") + " a band since " + previous + ": " + String.join("; ", moved) + ".";
  }

  private static boolean better(Rag now, Rag was) {
    return ORDER.indexOf(now) > ORDER.indexOf(was);
  }

  /**
   * The lines with targets whose printed figure moved furthest in one direction since the previous
   * period, relative to where it was.
   */
  private static String largest(List<Line> lines, Judgement judgement, String words) {
    List<Line> moved = lines.stream()
        .filter(l -> l.now().hasTarget() && l.movement().map(m -> m.judgement() == judgement).orElse(false))
        .sorted(Comparator.comparing((Line l) -> l.movement().get().relative()).reversed()
            .thenComparing(Line::ref))
        .limit(LARGEST).toList();
    if (moved.isEmpty()) {
      return "";
    }
    List<String> named = new ArrayList<>();
    for (Line l : moved) {
      Movement m = l.movement().get();
      named.add(l.ref() + " " + l.title() + " (" + m.from() + " to " + m.to() + ")");
    }
    return "Largest " + words + " since the previous period: " + String.join("; ", named) + ".";
  }
}
