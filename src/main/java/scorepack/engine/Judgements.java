package scorepack.engine;

import java.util.Objects;

/**
 * The four judgements of a line, each given or withheld with its reason.
 *
 * @param monthDot the direction of travel since the previous period
 * @param yearDot the direction of travel of the year's figure against last year's outturn
 * @param monthRag the RAG of the latest period's figure
 * @param yearRag the RAG of the year's figure (the year to date, or the outturn at year end)
 */
public record Judgements(
    Verdict<DirectionOfTravel> monthDot,
    Verdict<DirectionOfTravel> yearDot,
    Verdict<Rag> monthRag,
    Verdict<Rag> yearRag) {
  public Judgements {
    Objects.requireNonNull(monthDot, "monthDot");
    Objects.requireNonNull(yearDot, "yearDot");
    Objects.requireNonNull(monthRag, "monthRag");
    Objects.requireNonNull(yearRag, "yearRag");
  }
}
