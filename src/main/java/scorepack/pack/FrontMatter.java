package scorepack.pack;

import java.util.List;
import java.util.Objects;

/**
 * The pack's opening page, from the template.
 *
 * @param title the report title
 * @param asAtLine e.g. "As at month end: December 2022 (Q3)"
 * @param scorecardTitle the heading over the scorecard, e.g. "Looked After Children Performance Summary"
 * @param details document details as label/value pairs (Status, Date created, Created by, Contact)
 * @param vision the vision statement, or empty
 * @param revisionNote the note that figures are re-run and may change, or empty
 * @param dotKeyIntro the sentence that introduces the DOT key
 * @param dotKey the DOT key, drawn with the same symbols and tones the table uses
 * @param ragKey the RAG key
 * @param notice a warning printed at the top of the front page, "Sample data: ..." for a pack of
 *     invented figures, or empty
 */
public record FrontMatter(
    String title,
    String asAtLine,
    String scorecardTitle,
    List<Detail> details,
    String vision,
    String revisionNote,
    String dotKeyIntro,
    List<KeyEntry> dotKey,
    List<KeyEntry> ragKey,
    String notice) {
  /** Front matter without a notice. */
  public FrontMatter(String title, String asAtLine, String scorecardTitle, List<Detail> details, String vision,
      String revisionNote, String dotKeyIntro, List<KeyEntry> dotKey, List<KeyEntry> ragKey) {
    this(title, asAtLine, scorecardTitle, details, vision, revisionNote, dotKeyIntro, dotKey, ragKey, "");
  }

  public FrontMatter {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(asAtLine, "asAtLine");
    Objects.requireNonNull(scorecardTitle, "scorecardTitle");
    details = List.copyOf(details);
    Objects.requireNonNull(vision, "vision");
    Objects.requireNonNull(revisionNote, "revisionNote");
    Objects.requireNonNull(dotKeyIntro, "dotKeyIntro");
    dotKey = List.copyOf(dotKey);
    ragKey = List.copyOf(ragKey);
    Objects.requireNonNull(notice, "notice");
  }

  /**
   * One line of the document details.
   *
   * @param label e.g. "Status"
   * @param value e.g. "Issue 1"
   */
  public record Detail(String label, String value) {
    public Detail {
      Objects.requireNonNull(label, "label");
      Objects.requireNonNull(value, "value");
    }
  }

  /**
   * One line of a key: a symbol or word drawn as the table draws it, and what it means.
   *
   * @param symbol e.g. "↑" or "Red"
   * @param word the word printed with the symbol, as the table prints it with an arrow (e.g.
   *     "improving"), or empty
   * @param tone the colour role, as in the table
   * @param meaning e.g. "increase in number/percentage = improvement in performance"
   */
  public record KeyEntry(String symbol, String word, Tone tone, String meaning) {
    public KeyEntry {
      Objects.requireNonNull(symbol, "symbol");
      Objects.requireNonNull(word, "word");
      Objects.requireNonNull(tone, "tone");
      Objects.requireNonNull(meaning, "meaning");
    }

    /** An entry whose symbol needs no word, such as a RAG word on its fill. */
    public KeyEntry(String symbol, Tone tone, String meaning) {
      this(symbol, "", tone, meaning);
    }
  }
}
