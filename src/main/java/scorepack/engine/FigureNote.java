package scorepack.engine;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;

/**
 * A data-quality note on one line: why a figure is blank, or that a later extract revised a month.
 * The pack words it for readers at the printed precision; {@link #detail()} is the working, with
 * file names and raw numbers, for {@code explain} and the data files.
 */
public sealed interface FigureNote permits FigureNote.Missing, FigureNote.Revised {
  /** The note with its working: the files, lines and raw numbers behind it. */
  String detail();

  /**
   * A figure left blank, and why.
   *
   * @param reason why, in words that name no file, e.g. "No figure for Feb 2023 in the extracts"
   * @param source the extract row at fault, where one is
   */
  record Missing(String reason, Optional<SourceRef> source) implements FigureNote {
    public Missing {
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(source, "source");
    }

    /** A figure missing for a reason no single row is at fault for. */
    public Missing(String reason) {
      this(reason, Optional.empty());
    }

    @Override
    public String detail() {
      return source.map(s -> reason + " (" + s.file() + " line " + s.line() + ")").orElse(reason);
    }
  }

  /**
   * A month's figure that a later extract replaced.
   *
   * @param month the month revised
   * @param was the month column's figure with the earlier row, exact and in the printed unit (for
   *     rolling and running figures, the window ending with the month); empty if it formed none
   * @param now the month column's figure with the later row, likewise
   * @param replaced the earlier row
   * @param by the row that replaced it
   */
  record Revised(YearMonth month, Optional<BigDecimal> was, Optional<BigDecimal> now, Observation replaced,
      Observation by) implements FigureNote {
    public Revised {
      Objects.requireNonNull(month, "month");
      Objects.requireNonNull(was, "was");
      Objects.requireNonNull(now, "now");
      Objects.requireNonNull(replaced, "replaced");
      Objects.requireNonNull(by, "by");
    }

    @Override
    public String detail() {
      return MonthNames.shortName(month) + " revised by " + by.source().file() + " (was " + raw(replaced) + " in "
          + replaced.source().file() + ", now " + raw(by) + ")";
    }

    private static String raw(Observation o) {
      if (o.value() != null) {
        return FigureRules.plain(o.value());
      }
      return o.denominator() == null ? FigureRules.plain(o.numerator())
          : FigureRules.plain(o.numerator()) + "/" + FigureRules.plain(o.denominator());
    }
  }
}
