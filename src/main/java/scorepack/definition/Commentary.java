package scorepack.definition;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import scorepack.engine.SeriesKey;

/**
 * What the performance officers wrote about each line, by month ({@code commentary/YYYY-MM.yaml}).
 * A month without a comment on a line carries the previous month's forward, marked as such.
 */
public final class Commentary {
  private final TreeMap<YearMonth, Map<SeriesKey, Note>> byMonth;

  /**
   * One comment.
   *
   * @param text what was written
   * @param file the file it was written in
   * @param line the line it starts on
   * @param numbers the numbers in the text that may state a figure the pack prints, in reading order
   *     (see {@code commentary/README.md}), less those the comment lists under {@code not_figures:}
   */
  public record Note(String text, String file, int line, List<QuotedNumber> numbers) {
    public Note {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(file, "file");
      numbers = List.copyOf(numbers);
    }

    /** A comment with no numbers to check. */
    public Note(String text, String file, int line) {
      this(text, file, line, List.of());
    }
  }

  /**
   * The comment a pack prints on a line.
   *
   * @param text what was written
   * @param carriedFrom the earlier month it was written for, when it is carried forward
   */
  public record Entry(String text, Optional<YearMonth> carriedFrom) {
    public Entry {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(carriedFrom, "carriedFrom");
    }
  }

  public Commentary(Map<YearMonth, Map<SeriesKey, Note>> byMonth) {
    this.byMonth = new TreeMap<>();
    byMonth.forEach((m, notes) -> this.byMonth.put(m, Map.copyOf(notes)));
  }

  public static Commentary none() {
    return new Commentary(Map.of());
  }

  /** The comments written for the month, by line; carried-forward ones are not among them. */
  public Map<SeriesKey, Note> writtenFor(YearMonth month) {
    return byMonth.getOrDefault(month, Map.of());
  }

  /** The month's comment on the line, or else the previous month's, carried forward. */
  public Optional<Entry> on(SeriesKey line, YearMonth month) {
    Note now = byMonth.getOrDefault(month, Map.of()).get(line);
    if (now != null) {
      return Optional.of(new Entry(now.text(), Optional.empty()));
    }
    Note before = byMonth.getOrDefault(month.minusMonths(1), Map.of()).get(line);
    return before == null ? Optional.empty() : Optional.of(new Entry(before.text(), Optional.of(month.minusMonths(1))));
  }
}
