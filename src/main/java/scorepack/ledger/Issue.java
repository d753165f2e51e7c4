package scorepack.ledger;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.Objects;

/**
 * One issue of a pack in one edition: which pack, for which month, issued on which date, for whom.
 *
 * @param pack the pack id
 * @param period the reporting month
 * @param issued the date written into the documents as the date created: the --as-of date, else
 *     SOURCE_DATE_EPOCH, else the newest extract's date
 * @param edition the edition that printed the issue's figures, {@code restricted} or {@code public}
 */
public record Issue(String pack, YearMonth period, LocalDate issued, String edition) implements Comparable<Issue> {
  /** The edition of every issue a ledger from before editions records. */
  public static final String RESTRICTED = "restricted";
  private static final Comparator<Issue> ORDER = Comparator.comparing(Issue::pack).thenComparing(Issue::edition)
      .thenComparing(Issue::period).thenComparing(Issue::issued);

  public Issue {
    Objects.requireNonNull(pack, "pack");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(issued, "issued");
    Objects.requireNonNull(edition, "edition");
  }

  /** An issue of the restricted edition. */
  public Issue(String pack, YearMonth period, LocalDate issued) {
    this(pack, period, issued, RESTRICTED);
  }

  /** Whether the two are issues of the same pack in the same edition, whose figures may be compared. */
  public boolean sameSeries(Issue other) {
    return pack.equals(other.pack) && edition.equals(other.edition);
  }

  /** Issues sort by pack and edition, then month, then issue date: the order each edition was published in. */
  @Override
  public int compareTo(Issue o) {
    return ORDER.compare(this, o);
  }

  @Override
  public String toString() {
    return pack + " " + period + (edition.equals(RESTRICTED) ? "" : " " + edition) + " (issued " + issued + ")";
  }
}
