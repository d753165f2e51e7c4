package scorepack.pack;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import scorepack.engine.DirectionOfTravel;
import scorepack.engine.IndicatorResult;
import scorepack.engine.Judgement;
import scorepack.engine.MonthNames;
import scorepack.engine.Rag;
import scorepack.engine.Unit;

/**
 * Writes the summary page from the lines' results this month, last month and a year ago: the RAG
 * counts, the lines that changed band, and the largest improvements and declines, as sentences.
 */
public final class SummaryBuilder {
  /** How many of the largest improvements (and declines) a summary names. */
  private static final int LARGEST = 3;

  private SummaryBuilder() {}

  /**
   * One scorecard line, judged in three months.
   *
   * @param ref the line's reference
   * @param title the line's title (with its breakdown)
   * @param now this month's result
   * @param lastMonth the previous month's result, if calculated
   * @param lastYear the result of the same month a year before, if calculated
   */
  public record Line(String ref, String title, IndicatorResult now, Optional<IndicatorResult> lastMonth,
      Optional<IndicatorResult> lastYear) {
    public Line {
      Objects.requireNonNull(ref, "ref");
      Objects.requireNonNull(title, "title");
      Objects.requireNonNull(now, "now");
      Objects.requireNonNull(lastMonth, "lastMonth");
      Objects.requireNonNull(lastYear, "lastYear");
    }
  }

  public static Summary of(YearMonth period, List<Line> lines) {
    String month = MonthNames.longName(period);
    String previous = MonthNames.longName(period.minusMonths(1));
    List<Summary.Count> counts = new ArrayList<>();
    for (Rag rag : List.of(Rag.RED, Rag.AMBER, Rag.GREEN)) {
      counts.add(new Summary.Count(rag.word(), tone(rag), count(lines, l -> Optional.of(l.now()), rag),
          count(lines, Line::lastMonth, rag), count(lines, Line::lastYear, rag)));
    }
    List<String> sentences = new ArrayList<>();
    int judged = (int) lines.stream().filter(l -> l.now().monthRag().isPresent()).count();
    if (judged == 0) {
      sentences.add("No measure in this pack has a target for " + month + ".");
      return new Summary(counts, sentences);
    }
    sentences.add("In " + month + ", of the " + judged + " measures with targets, " + counts.get(2).now()
        + " were Green, " + counts.get(1).now() + " Amber and " + counts.get(0).now() + " Red (" + previous + ": "
        + tally(counts, Summary.Count::lastMonth) + "; " + MonthNames.longName(period.minusYears(1)) + ": "
        + tally(counts, Summary.Count::lastYear) + ").");
    sentences.add(bandChanges(lines, previous, true));
    sentences.add(bandChanges(lines, previous, false));
    sentences.add(largest(lines, Judgement.IMPROVING, "improvements"));
    sentences.add(largest(lines, Judgement.DECLINING, "declines"));
    sentences.removeIf(String::isEmpty);
    return new Summary(counts, sentences);
  }

  private static int count(List<Line> lines, Function<Line, Optional<IndicatorResult>> when, Rag rag) {
    return (int) lines.stream().filter(l -> when.apply(l).flatMap(IndicatorResult::monthRag).equals(Optional.of(rag)))
        .count();
  }

  private static String tally(List<Summary.Count> counts, Function<Summary.Count, Integer> when) {
    return when.apply(counts.get(2)) + " Green, " + when.apply(counts.get(1)) + " Amber, "
        + when.apply(counts.get(0)) + " Red";
  }

  /** "Moved up a band since November 2022: 4.7 Reviews in time (Amber to Green)." */
  private static String bandChanges(List<Line> lines, String previous, boolean up) {
    List<String> moved = new ArrayList<>();
    for (Line l : lines) {
      Optional<Rag> was = l.lastMonth().flatMap(IndicatorResult::monthRag);
      Optional<Rag> now = l.now().monthRag();
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
    return now.ordinal() > was.ordinal(); // RED, AMBER, GREEN
  }

  /** The lines whose figure moved furthest in one direction since the previous period, relative to where it was. */
  private static String largest(List<Line> lines, Judgement judgement, String words) {
    List<Line> moved = lines.stream()
        .filter(l -> l.now().monthDirection().map(d -> d.judgement() == judgement && d.from().signum() != 0)
            .orElse(false))
        .sorted(Comparator.comparing((Line l) -> relativeChange(l.now().monthDirection().get())).reversed()
            .thenComparing(Line::ref))
        .limit(LARGEST).toList();
    if (moved.isEmpty()) {
      return "";
    }
    List<String> named = new ArrayList<>();
    for (Line l : moved) {
      DirectionOfTravel d = l.now().monthDirection().get();
      String unit = l.now().definition().unit() == Unit.PERCENT ? "%" : "";
      named.add(l.ref() + " " + l.title() + " (" + d.from().toPlainString() + unit + " to " + d.to().toPlainString()
          + unit + ")");
    }
    return "Largest " + words + " since the previous period: " + String.join("; ", named) + ".";
  }

  private static BigDecimal relativeChange(DirectionOfTravel d) {
    return d.to().subtract(d.from()).abs().divide(d.from().abs(), MathContext.DECIMAL64);
  }

  private static Tone tone(Rag rag) {
    return switch (rag) {
      case RED -> Tone.RAG_RED;
      case AMBER -> Tone.RAG_AMBER;
      case GREEN -> Tone.RAG_GREEN;
    };
  }
}
