package scorepack.ledger;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.Objects;

/**
 * One issue of a pack: which pack, for which month, issued on which date.
 *
 * @param pack the pack id
 * @param period the reporting month
 * @param issued the date written into the documents as the date created: the --as-of date, else
 *     SOURCE_DATE_EPOCH, else the newest extract's date
 */
public record Issue(String pack, YearMonth period, LocalDate issued) implements Comparable<Issue> {
  private static final Comparator<Issue> ORDER = Comparator.comparing(Issue::pack)
      .thenComparing(Issue::period).thenComparing(Issue::issued);

  public Issue {
    Objects.requireNonNull(pack, "pack");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(issued, "issued");
  }

  /** Issues sort by pack, then month, then issue date: the order they were published in. */
  @Override
  public int compareTo(Issue o) {
    return ORDER.compare(this, o);
  }

  @Override
  public String toString() {
    return pack + " " + period + " (issued " + issued + ")";
  }
}
