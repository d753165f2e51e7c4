package scorepack.pack;

import java.util.List;
import java.util.Objects;

/**
 * A topic of the key-facts summary: a heading, the explanatory text, and headline figures taken
 * from the same results as the scorecard.
 *
 * @param title e.g. "Looked After Children (LAC)"
 * @param paragraphs the explanatory text, one entry per paragraph
 * @param facts the headline figures
 * @param charts trend charts of the topic's indicators
 */
public record KeyFactTopic(String title, List<String> paragraphs, List<Fact> facts, List<Chart> charts) {
  public KeyFactTopic {
    Objects.requireNonNull(title, "title");
    paragraphs = List.copyOf(paragraphs);
    facts = List.copyOf(facts);
    charts = List.copyOf(charts);
  }

  /** A topic without charts. */
  public KeyFactTopic(String title, List<String> paragraphs, List<Fact> facts) {
    this(title, paragraphs, facts, List.of());
  }

  /**
   * One headline figure, e.g. "551" and "LAC as at period end".
   *
   * @param figure the figure as the scorecard prints it, with its number ("-" and no number when there
   *     is none)
   * @param text the words after it
   * @param note a smaller line under it, or empty
   */
  public record Fact(Cell figure, String text, String note) {
    public Fact {
      Objects.requireNonNull(figure, "figure");
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(note, "note");
    }
  }
}
