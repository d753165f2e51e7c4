package scorepack.ledger;

import java.time.YearMonth;
import java.util.Objects;

/**
 * A published month figure that a later issue printed differently.
 *
 * @param earlier the issue that printed {@code was}
 * @param later the issue that printed {@code now}
 * @param ref the line's reference
 * @param indicator the indicator id
 * @param breakdown the breakdown, or empty
 * @param month the month the figure belongs to
 * @param was what the earlier issue printed
 * @param now what the later issue printed
 * @param source the extract the new figure came from
 */
public record Revision(Issue earlier, Issue later, String ref, String indicator, String breakdown, YearMonth month,
    String was, String now, String source) {
  public Revision {
    Objects.requireNonNull(earlier, "earlier");
    Objects.requireNonNull(later, "later");
    Objects.requireNonNull(ref, "ref");
    Objects.requireNonNull(indicator, "indicator");
    Objects.requireNonNull(breakdown, "breakdown");
    Objects.requireNonNull(month, "month");
    Objects.requireNonNull(was, "was");
    Objects.requireNonNull(now, "now");
    Objects.requireNonNull(source, "source");
  }
}
