package scorepack.extract;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;

/**
 * The day a run reads its extracts as at: today, or an {@code --as-of} date. No extract row can
 * be dated after it; what that means for a row that is depends on the kind.
 *
 * @param date today's date, or the as-of date
 * @param kind where the date came from, which says what a later row is
 */
public record ExtractCutoff(LocalDate date, Kind kind) {
  /** Where the date came from. */
  public enum Kind {
    /** The system clock: a row dated later cannot be true (a typing error), and is refused. */
    TODAY,
    /** An {@code --as-of} date: a row extracted later was not yet known then, and is left out. */
    AS_OF
  }

  public ExtractCutoff {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(kind, "kind");
  }

  /** The as-of date when one is given, otherwise today by the clock (never SOURCE_DATE_EPOCH). */
  public static ExtractCutoff of(Optional<LocalDate> asOf, Clock clock) {
    return asOf.map(d -> new ExtractCutoff(d, Kind.AS_OF))
        .orElseGet(() -> new ExtractCutoff(LocalDate.now(clock), Kind.TODAY));
  }

  /** The as-of date, if this run reproduces what was known on one. */
  public Optional<LocalDate> asOf() {
    return kind == Kind.AS_OF ? Optional.of(date) : Optional.empty();
  }

  /** Whether a row extracted on this date is an error: only a date after today is. */
  boolean refuses(LocalDate extracted) {
    return kind == Kind.TODAY && extracted.isAfter(date);
  }

  /** Whether a figure for this month is an error: only a month after today's is. */
  boolean refuses(YearMonth month) {
    return kind == Kind.TODAY && month.isAfter(YearMonth.from(date));
  }

  /** Whether a row extracted on this date is left out: one taken after the as-of date. */
  boolean leavesOut(LocalDate extracted) {
    return kind == Kind.AS_OF && extracted.isAfter(date);
  }
}
