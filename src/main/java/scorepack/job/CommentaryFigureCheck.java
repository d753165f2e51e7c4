package scorepack.job;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import scorepack.definition.Commentary;
import scorepack.definition.DefinedIndicator;
import scorepack.definition.QuotedNumber;
import scorepack.diagnostic.Diagnostics;
import scorepack.diagnostic.WarningKind;
import scorepack.engine.MonthNames;
import scorepack.engine.SeriesKey;
import scorepack.pack.Field;
import scorepack.pack.Pack;
import scorepack.pack.PrintedFigure;

/**
 * Warns of a number in a month's commentary that misquotes a figure the pack prints beside it.
 *
 * <p>A number is compared with the printed figures of the comment's measure: its own line, the
 * indicator's other breakdowns, and the lines of indicators that declare the same {@code measure:}.
 * It agrees when it equals one of them (a target, a threshold or a benchmark included) at the
 * precision the comment writes. It misquotes one when it is of the same kind (a percentage or
 * not), within a tenth of a month, year-to-date, outturn or last-year figure, and equal to none.
 * A number further from every figure is taken to state something else. The rule and its limits
 * are in {@code commentary/README.md}.
 */
public final class CommentaryFigureCheck {
  /** How near a number must be to a figure to be read as quoting it: within a tenth. */
  private static final BigDecimal NEAR = new BigDecimal("0.1");
  /** The figures a comment states: the month, the year to date, the outturn and last year. */
  private static final Set<Field> STATED = EnumSet.of(Field.MONTH, Field.YTD, Field.OUTTURN, Field.PREVIOUS_YEAR);

  private CommentaryFigureCheck() {}

  /** Adds a warning, at the number in the commentary file, for each misquoted figure in the pack. */
  public static void check(Pack pack, Commentary commentary, Map<String, DefinedIndicator> indicators,
      Diagnostics diagnostics) {
    List<PrintedFigure> printed = pack.printedFigures().stream().filter(p -> p.cell().hasValue()).toList();
    for (Map.Entry<SeriesKey, Commentary.Note> e : commentary.writtenFor(pack.period()).entrySet()) {
      SeriesKey key = e.getKey();
      boolean onPack = pack.sections().stream().flatMap(s -> s.rows().stream())
          .anyMatch(r -> r.indicatorId().equals(key.indicator()) && r.breakdown().equals(key.breakdown()));
      if (!onPack) {
        continue;
      }
      String measure = measureOf(key.indicator(), indicators);
      List<PrintedFigure> ofMeasure = printed.stream()
          .filter(p -> measureOf(p.indicator(), indicators).equals(measure)).toList();
      Commentary.Note note = e.getValue();
      for (QuotedNumber number : note.numbers()) {
        misquoted(number, ofMeasure, pack.period()).ifPresent(figure -> diagnostics.warning(WarningKind.MISQUOTED_FIGURE, note.file(),
            number.line(), number.column(), key.toString(), "the comment says " + number + ", but "
                + pack.fileStem() + " prints " + figure.cell().text() + " " + describe(figure)
                + "; write the printed figure, or list " + number.written()
                + " under not_figures: if it states something the pack does not print"));
      }
    }
  }

  /**
   * The printed figure the number misquotes, or empty when it agrees with one or quotes none. Of
   * the figures near it, the one a reader would take it for: the reporting month's, then the year
   * to date, the outturn, last year, then earlier months, latest first.
   */
  static Optional<PrintedFigure> misquoted(QuotedNumber number, List<PrintedFigure> figures, YearMonth month) {
    List<PrintedFigure> sameKind = new ArrayList<>();
    for (PrintedFigure p : figures) {
      if (p.cell().format().isPercent() == number.percent()) {
        if (agrees(number, p)) {
          return Optional.empty();
        }
        sameKind.add(p);
      }
    }
    return sameKind.stream().filter(p -> STATED.contains(p.field()))
        .filter(p -> distance(number, p).compareTo(p.cell().value().abs().multiply(NEAR)) <= 0)
        .min(Comparator.comparing((PrintedFigure p) -> rank(p, month))
            .thenComparing(PrintedFigure::period, Comparator.reverseOrder()));
  }

  /**
   * Whether the number is the figure at the precision the comment writes: the figure as printed,
   * or as held, rounded to the comment's decimals ("88%" agrees with a printed 87.8%).
   */
  private static boolean agrees(QuotedNumber number, PrintedFigure p) {
    BigDecimal held = p.cell().value();
    BigDecimal shown = held.setScale(p.cell().format().decimals(), RoundingMode.HALF_UP);
    int places = number.decimals();
    return number.value().compareTo(shown.setScale(Math.min(places, shown.scale()), RoundingMode.HALF_UP)) == 0
        || number.value().compareTo(held.setScale(places, RoundingMode.HALF_UP)) == 0;
  }

  private static int rank(PrintedFigure p, YearMonth month) {
    return switch (p.field()) {
      case MONTH -> p.period().equals(month) ? 0 : 4;
      case YTD -> 1;
      case OUTTURN -> 2;
      default -> 3;
    };
  }

  private static BigDecimal distance(QuotedNumber number, PrintedFigure p) {
    return number.value().subtract(p.cell().value()).abs();
  }

  private static String measureOf(String indicator, Map<String, DefinedIndicator> indicators) {
    DefinedIndicator d = indicators.get(indicator);
    return d == null ? indicator : d.measure();
  }

  /** Where the figure is printed, e.g. "on line A.12 (SC) (looked-after-children) for March 2023". */
  private static String describe(PrintedFigure p) {
    String line = "on line " + (p.ref().isEmpty() ? "" : p.ref() + " ") + "("
        + new SeriesKey(p.indicator(), p.breakdown()) + ")";
    return line + switch (p.field()) {
      case MONTH -> " for " + MonthNames.longName(p.period());
      case YTD -> " for the year to date";
      case OUTTURN -> " as the outturn";
      case PREVIOUS_YEAR -> " for last year";
      default -> " in " + p.field().defaultHeading();
    };
  }
}
