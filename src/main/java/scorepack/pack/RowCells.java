package scorepack.pack;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import scorepack.definition.DefinedIndicator;
import scorepack.engine.Assurance;
import scorepack.engine.Benchmark;
import scorepack.engine.BenchmarkKind;
import scorepack.engine.DirectionOfTravel;
import scorepack.engine.DisplayPrecision;
import scorepack.engine.Figure;
import scorepack.engine.Fraction;
import scorepack.engine.IndicatorDefinition;
import scorepack.engine.IndicatorResult;
import scorepack.engine.MonthNames;
import scorepack.engine.PeriodFigure;
import scorepack.engine.QuarterFigure;
import scorepack.engine.Rag;
import scorepack.engine.Tolerance;
import scorepack.engine.Variation;
import scorepack.engine.Verdict;

/** The printed cell of each column for one indicator line. */
final class RowCells {
  private static final String DASH = "-";
  private static final Set<Field> PROCESS_CONTROL =
      EnumSet.of(Field.SPC_VARIATION, Field.SPC_ASSURANCE, Field.SPC_MEAN, Field.SPC_UPPER, Field.SPC_LOWER);

  private final DefinedIndicator defined;
  private final IndicatorDefinition def;
  private final IndicatorResult result;
  private final Redaction redaction;

  /** @param redaction what the public edition took out of {@code result}, printed as suppressed */
  RowCells(DefinedIndicator defined, IndicatorResult result, Redaction redaction) {
    this.defined = defined;
    this.def = defined.definition();
    this.result = result;
    this.redaction = redaction;
  }

  Cell cell(Column column, String ref, String codes) {
    Optional<String> noChart = def.behaviour().withoutProcessControl();
    if (PROCESS_CONTROL.contains(column.field()) && noChart.isPresent()) {
      return Cell.notAvailable(noChart.get());
    }
    if (PROCESS_CONTROL.contains(column.field()) && redaction.processControl()) {
      return Cell.suppressed();
    }
    return switch (column.field()) {
      case REF -> Cell.text(ref);
      case INDICATOR -> Cell.text(result.breakdown().isEmpty() ? def.title() : def.title() + ": " + result.breakdown());
      case CODES -> Cell.text(codes);
      case TIMELINE -> Cell.text(def.timeline().label());
      case DATA_NOTE -> Cell.text(defined.dataNote());
      case MONTH -> month(column);
      case YTD, OUTTURN -> result.yearToDate().map(this::figure)
          .orElse(redaction.yearToDate() ? Cell.suppressed() : Cell.text(DASH));
      case POLARITY -> Cell.text(def.polarity().label());
      case DOT_MONTH -> dot(result.judgements().monthDot());
      case DOT_YEAR -> dot(result.judgements().yearDot());
      case RAG_MONTH -> rag(result.judgements().monthRag());
      case RAG_YEAR -> rag(result.judgements().yearRag());
      case RED -> result.tolerance().map(t -> threshold(t.redBand())).orElse(Cell.blank());
      case AMBER -> result.tolerance().map(t -> t.amberBand().map(this::threshold).orElse(Cell.text(DASH)))
          .orElse(Cell.blank());
      case GREEN -> result.tolerance().map(t -> withYear(threshold(t.greenBand()), t.targetYear()))
          .orElse(Cell.blank());
      case PREVIOUS_YEAR -> result.newMeasureText().map(Cell::text)
          .orElseGet(() -> result.previousYear().map(this::previousYear)
              .orElse(redaction.previousYear() ? Cell.suppressed() : Cell.blank()));
      case TREND, COMMENTARY, DATA_QUALITY -> Cell.blank();
      // The counts behind a suppressed figure are withheld with it, not left blank as if there were none.
      case NUMERATOR -> redaction.latest() ? Cell.suppressed() : fractionPart(result.latest(), Fraction::numerator);
      case DENOMINATOR -> redaction.latest() ? Cell.suppressed()
          : fractionPart(result.latest(), Fraction::denominator);
      case YTD_NUMERATOR -> redaction.yearToDate() ? Cell.suppressed()
          : fractionPart(result.yearToDate(), Fraction::numerator);
      case YTD_DENOMINATOR -> redaction.yearToDate() ? Cell.suppressed()
          : fractionPart(result.yearToDate(), Fraction::denominator);
      case QUARTER -> quarter(0);
      case PREVIOUS_QUARTER -> quarter(1);
      case SPC_VARIATION -> result.spc().map(s -> new Cell(variationLabel(s.variation()), null, NumberFormat.NONE,
          variationTone(s.variation()), s.describeVariation(def.unit(), def.decimals()), s.variation().code()))
          .orElse(Cell.blank());
      case SPC_ASSURANCE -> result.spc().flatMap(s -> s.assurance().map(a -> new Cell(assuranceLabel(a), null,
          NumberFormat.NONE, Tone.PLAIN, s.describeAssurance(def.unit(), def.decimals()).orElseThrow(), a.code())))
          .orElse(Cell.blank());
      case SPC_MEAN -> result.spc().map(s -> spcFigure(s.mean())).orElse(Cell.blank());
      case SPC_UPPER -> result.spc().map(s -> spcFigure(s.upperLimit())).orElse(Cell.blank());
      case SPC_LOWER -> result.spc().map(s -> spcFigure(s.lowerLimit())).orElse(Cell.blank());
      case SN_AVERAGE -> benchmark(BenchmarkKind.SN_AVERAGE);
      case BEST_SN -> benchmark(BenchmarkKind.BEST_SN);
      case NATIONAL -> benchmark(BenchmarkKind.NATIONAL);
      case TOP_QUARTILE -> benchmark(BenchmarkKind.TOP_QUARTILE);
      case REGIONAL -> benchmark(BenchmarkKind.REGIONAL);
      case QUARTILE_BAND -> result.quartileBand()
          .map(b -> new Cell(b.name(), null, NumberFormat.NONE, Tone.PLAIN, "quartile " + b.name() + " (A is best)",
              b.code())).orElse(Cell.blank());
      case RANK -> result.rank().map(r -> new Cell(String.valueOf(r), BigDecimal.valueOf(r), NumberFormat.INTEGER,
          Tone.PLAIN, "rank among all authorities (1 is best)", "")).orElse(Cell.blank());
    };
  }

  private Cell figure(Figure f) {
    return figure(f, def.decimals());
  }

  /** Last year's figure, to more decimals where the definition says the report prints it so (7.14%). */
  private Cell previousYear(Figure f) {
    return figure(f, defined.previousYearDecimals().orElse(def.decimals()));
  }

  /** A figure, with the months it describes beside it where they are not its period's: "153 (Oct21–Sep22)". */
  private Cell figure(Figure f, int decimals) {
    String text = FigureText.figure(f.value(), def.unit(), decimals);
    NumberFormat format = FigureText.format(def.unit(), decimals);
    return f.reference().map(r -> new Cell(text + " (" + r.label() + ")", f.value(), format, Tone.PLAIN,
        "describes " + r.label(), "", r.code())).orElseGet(() -> new Cell(text, f.value(), format, Tone.PLAIN, "", ""));
  }

  /** A count behind a figure, printed to its own decimals: "131". */
  private static Cell fractionPart(Optional<Figure> figure, Function<Fraction, BigDecimal> part) {
    return figure.flatMap(Figure::fraction).map(part).map(v -> {
      BigDecimal plain = v.stripTrailingZeros();
      int decimals = Math.max(0, plain.scale());
      return new Cell(DisplayPrecision.grouped(plain.setScale(decimals)), v, NumberFormat.of(false, decimals),
          Tone.PLAIN, "", "");
    }).orElse(Cell.blank());
  }

  /** A quarter's figure, its meaning naming the quarter: "Quarter 3 2021/22 (Oct 2021–Dec 2021)". */
  private Cell quarter(int index) {
    if (result.quarters().size() <= index) {
      return Cell.blank();
    }
    QuarterFigure q = result.quarters().get(index);
    return q.figure().map(this::figure).map(c -> new Cell(c.text(), c.value(), c.format(), c.tone(),
        q.quarter().fullName(), c.code(), c.referencePeriod()))
        .orElse(redaction.isEmpty() ? Cell.blank() : Cell.suppressed());
  }

  private Cell spcFigure(BigDecimal value) {
    return number(value, FigureText.figure(value, def.unit(), def.decimals()));
  }

  /** The short label a scorecard column has room for; the cell's meaning has the full sentence. */
  private static String variationLabel(Variation v) {
    return switch (v) {
      case IMPROVEMENT -> "Special cause improvement";
      case CONCERN -> "Special cause concern";
      case COMMON -> "Common cause";
      case NEITHER -> "Special cause (neither)";
    };
  }

  private static String assuranceLabel(Assurance a) {
    return switch (a) {
      case PASS -> "Target met";
      case FAIL -> "Target missed";
      case HIT_AND_MISS -> "Hit and miss";
      case NOT_ASSESSED -> "Not assessed";
    };
  }

  private static Tone variationTone(Variation v) {
    return switch (v) {
      case IMPROVEMENT -> Tone.IMPROVING;
      case CONCERN -> Tone.DECLINING;
      case COMMON, NEITHER -> Tone.NEUTRAL;
    };
  }

  private Cell number(BigDecimal value, String text) {
    return new Cell(text, value, FigureText.format(def.unit(), def.decimals()), Tone.PLAIN, "", "");
  }

  private Cell threshold(Tolerance.Threshold t) {
    String bound = FigureText.bound(t.bound(), def.unit());
    return new Cell(t.inclusiveLower() ? bound + "+" : "<" + bound, t.bound(),
        FigureText.boundFormat(t.bound(), def.unit()), Tone.PLAIN, t.inclusiveLower() ? "at least" : "below", "");
  }

  /** A green bound with the year it is of, as the original prints "65.2% (2022)". */
  private static Cell withYear(Cell bound, String year) {
    return year.isEmpty() ? bound : new Cell(bound.text() + " (" + year + ")", bound.value(), bound.format(),
        bound.tone(), bound.meaning() + " the " + year + " figure", bound.code());
  }

  /**
   * A month column's figure. The engine calculates the months the template prints, so a column the
   * result does not hold means the two disagree on {@code month_columns}: a fault, never a dash.
   */
  private Cell month(Column column) {
    PeriodFigure p = result.months().stream().filter(m -> m.month().equals(column.period())).findFirst()
        .orElseThrow(() -> new IllegalStateException(def.id() + " was calculated for " + result.months().size()
            + " month(s), not for the column " + column.heading()));
    return p.figure().map(this::figure)
        .orElse(redaction.periods().contains(p.month()) ? Cell.suppressed() : p.expectedIn().map(RowCells::expected)
            .orElse(Cell.text(DASH)));
  }

  /** A lagged line's figure not published yet says when it is expected: "Available in May". */
  private static Cell expected(YearMonth month) {
    return new Cell("Available in " + MonthNames.monthName(month), null, NumberFormat.NONE, Tone.PLAIN,
        "not published yet: expected in " + MonthNames.longName(month), "");
  }

  /**
   * A judgement withheld for want of a figure prints "n/a" with the reason; one withheld with a
   * suppressed figure, the suppression symbol; one not due, blank.
   */
  private static Cell withheld(Verdict<?> verdict) {
    if (verdict instanceof Verdict.Suppressed<?>) {
      return Cell.suppressed();
    }
    return verdict instanceof Verdict.NotAvailable<?> ? Cell.notAvailable(verdict.reason()) : Cell.blank();
  }

  private Cell dot(Verdict<DirectionOfTravel> verdict) {
    if (!(verdict instanceof Verdict.Given<DirectionOfTravel> given)) {
      return withheld(verdict);
    }
    DirectionOfTravel d = given.judgement();
    Tone tone = switch (d.judgement()) {
      case IMPROVING -> Tone.IMPROVING;
      case DECLINING -> Tone.DECLINING;
      default -> Tone.NEUTRAL;
    };
    return new Cell(d.direction().arrow(), null, NumberFormat.NONE, tone, d.judgement().word(), d.direction().code());
  }

  private Cell rag(Verdict<Rag> verdict) {
    return verdict.given().map(r -> new Cell(r.word(), null, NumberFormat.NONE, Keys.tone(r), "", r.code()))
        .orElseGet(() -> withheld(verdict));
  }

  private Cell benchmark(BenchmarkKind kind) {
    Optional<Benchmark> b = result.benchmarks().stream().filter(x -> x.kind() == kind).findFirst();
    return b.map(x -> {
      String text = FigureText.figure(x.value(), def.unit(), def.decimals());
      return number(x.value(), x.period().isEmpty() ? text : text + " (" + x.period() + ")");
    }).orElse(Cell.blank());
  }
}
