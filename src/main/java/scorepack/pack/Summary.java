package scorepack.pack;

import java.util.List;
import java.util.Objects;

/**
 * The summary page at the front of a pack: how many measures are Green, Amber and Red now, last
 * month and a year ago, and what changed, as sentences generated from the figures.
 *
 * @param counts one line per RAG judgement, Red first
 * @param sentences the findings, in reading order
 */
public record Summary(List<Count> counts, List<String> sentences) {
  public static final Summary NONE = new Summary(List.of(), List.of());

  public Summary {
    counts = List.copyOf(counts);
    sentences = List.copyOf(sentences);
  }

  /**
   * How many measures had one RAG judgement.
   *
   * @param rag the judgement's word, e.g. "Red"
   * @param tone its colour role
   * @param now this month
   * @param lastMonth the month before
   * @param lastYear the same month a year before
   */
  public record Count(String rag, Tone tone, int now, int lastMonth, int lastYear) {
    public Count {
      Objects.requireNonNull(rag, "rag");
      Objects.requireNonNull(tone, "tone");
    }
  }
}
