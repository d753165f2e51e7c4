package scorepack.pack;

import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * The summary page at the front of a pack: how many measures the scorecard's headline RAG column
 * rates Red, Amber and Green now, last month and a year ago, and what changed, as sentences
 * generated from the printed figures.
 *
 * @param column the heading of the RAG column counted, as the scorecard prints it, e.g. "RAG (Yr End)"
 * @param counts one line per RAG judgement, Red first, then {@link #NOT_RATED}: this month's measures
 *     with targets that the month left unrated (no figure, or no target in that year)
 * @param sentences the findings, in reading order
 */
public record Summary(String column, List<Count> counts, List<String> sentences) {
  public static final Summary NONE = new Summary("", List.of(), List.of());
  /** The word heading the count of measures with targets that a month left unrated. */
  public static final String NOT_RATED = "Not rated";

  public Summary {
    Objects.requireNonNull(column, "column");
    counts = List.copyOf(counts);
    sentences = List.copyOf(sentences);
  }

  /**
   * How many measures had one RAG judgement; a month's count is empty ("not available") when that
   * month rated no measure at all, for want of figures or tolerances.
   *
   * @param rag the judgement's word, e.g. "Red", or {@link #NOT_RATED}
   * @param tone its colour role
   * @param now this month
   * @param lastMonth the month before
   * @param lastYear the same month a year before
   */
  public record Count(String rag, Tone tone, OptionalInt now, OptionalInt lastMonth, OptionalInt lastYear) {
    public Count {
      Objects.requireNonNull(rag, "rag");
      Objects.requireNonNull(tone, "tone");
      Objects.requireNonNull(now, "now");
      Objects.requireNonNull(lastMonth, "lastMonth");
      Objects.requireNonNull(lastYear, "lastYear");
    }

    /** A count available in all three months. */
    public Count(String rag, Tone tone, int now, int lastMonth, int lastYear) {
      this(rag, tone, OptionalInt.of(now), OptionalInt.of(lastMonth), OptionalInt.of(lastYear));
    }
  }
}
