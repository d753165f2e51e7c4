package scorepack.extract;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import scorepack.definition.DefinedIndicator;
import scorepack.definition.NumberText;
import scorepack.diagnostic.Diagnostics;
import scorepack.engine.IndicatorDefinition;
import scorepack.engine.Observation;
import scorepack.engine.ReferencePeriod;
import scorepack.engine.SourceRef;
import scorepack.engine.Unit;

/**
 * Checks and converts one extract row, already in our columns and words ({@link SourceRows}),
 * reporting each problem against its column.
 */
final class FigureRow {
  private static final Pattern PERIOD = Pattern.compile("\\d{4}-\\d{2}(-\\d{2})?");
  /** The years a period or an extract date may fall in: a year outside them is a typing or export slip. */
  static final int FIRST_YEAR = 2000;
  static final int LAST_YEAR = 2100;

  private final Map<String, DefinedIndicator> indicators;
  private final ExtractCutoff cutoff;
  private final Diagnostics diagnostics;
  /** One instance of each month and small whole number read, shared by every row of a run. */
  private final Map<Object, Object> shared;

  private final String file;
  private final CsvTable.Row row;
  private boolean ok = true;

  FigureRow(Map<String, DefinedIndicator> indicators, ExtractCutoff cutoff, Diagnostics diagnostics,
      Map<Object, Object> shared, String file, CsvTable.Row row) {
    this.indicators = indicators;
    this.cutoff = cutoff;
    this.diagnostics = diagnostics;
    this.shared = shared;
    this.file = file;
    this.row = row;
  }

  void error(String column, String message) {
    diagnostics.error(file, (int) row.lineOf(column), row.columnNumber(column), "column " + column, message);
    ok = false;
  }

  Optional<Observation> observation(Optional<LocalDate> fileDate) {
    DefinedIndicator defined = indicators.get(row.get("indicator"));
    if (defined == null) {
      error("indicator", "expected an indicator id, found nothing");
      return Optional.empty();
    }
    IndicatorDefinition def = defined.definition();
    String breakdown = row.get("breakdown");
    Optional<LocalDate> extracted = extractDate(fileDate);
    Optional<YearMonth> period = period(extracted);
    Optional<ReferencePeriod> reference = period.flatMap(this::referencePeriod);
    BigDecimal value = number("value");
    BigDecimal numerator = number("numerator");
    BigDecimal denominator = number("denominator");
    if (ok && value == null && numerator == null) {
      error("value", "expected a value, or a numerator (with a denominator for a "
          + def.unit().label() + "), found neither");
    }
    checkFigure(def, value, numerator, denominator);
    if (!ok || period.isEmpty() || extracted.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Observation(def.id(), shared(def.breakdowns(), breakdown), period.get(), value, numerator, denominator,
        new SourceRef(file, row.line(), extracted.get()), reference));
  }

  /**
   * The months a lagged figure describes, where the row says so ({@code period_start} and {@code
   * period_end}, both or neither): they cannot end after the period the figure is reported in.
   */
  private Optional<ReferencePeriod> referencePeriod(YearMonth period) {
    String start = row.get("period_start");
    String end = row.get("period_end");
    if (start.isEmpty() && end.isEmpty()) {
      return Optional.empty();
    }
    if (start.isEmpty() || end.isEmpty()) {
      String missing = start.isEmpty() ? "period_start" : "period_end";
      error(start.isEmpty() ? "period_end" : "period_start", "a reference period needs both period_start and"
          + " period_end (the first and last month the figure describes); " + missing + " is empty");
      return Optional.empty();
    }
    Optional<YearMonth> first = month("period_start", start);
    Optional<YearMonth> last = month("period_end", end);
    if (first.isEmpty() || last.isEmpty()) {
      return Optional.empty();
    }
    if (first.get().isAfter(last.get())) {
      error("period_start", "the reference period starts (" + start + ") after it ends (" + end + ")");
      return Optional.empty();
    }
    if (last.get().isAfter(period)) {
      error("period_end", "the reference period ends (" + end + ") after the period the figure is reported in ("
          + period + "); expected months no later than " + period);
      return Optional.empty();
    }
    return Optional.of(new ReferencePeriod(first.get(), last.get()));
  }

  private Optional<YearMonth> month(String column, String text) {
    try {
      YearMonth m = YearMonth.parse(text);
      if (m.getYear() >= FIRST_YEAR && m.getYear() <= LAST_YEAR) {
        return Optional.of(m);
      }
    } catch (DateTimeParseException e) {
      // reported below
    }
    error(column, "expected a month from " + FIRST_YEAR + "-01 to " + LAST_YEAR + "-12 as YYYY-MM, found '" + text
        + "'");
    return Optional.empty();
  }

  private void checkFigure(IndicatorDefinition def, BigDecimal value, BigDecimal num, BigDecimal den) {
    if (!ok) {
      return;
    }
    boolean needsDenominator = def.unit() == Unit.PERCENT || def.unit() == Unit.AVERAGE;
    if (value == null && needsDenominator && den == null) {
      error("denominator", "a " + def.unit().label() + " figure needs a denominator with its numerator"
          + " (or a value), found none");
    }
    if (def.unit() != Unit.NUMBER) {
      notNegative("value", value);
    }
    notNegative("numerator", num);
    notNegative("denominator", den);
    if (def.unit() == Unit.COUNT) {
      wholeCount("value", value);
    }
    if (def.unit() != Unit.AVERAGE && def.unit() != Unit.NUMBER) {
      wholeCount("numerator", num);
    }
    if (def.unit() == Unit.PERCENT || def.unit() == Unit.AVERAGE) {
      wholeCount("denominator", den);
    }
    if (def.unit() == Unit.PERCENT && num != null && den != null && num.compareTo(den) > 0) {
      error("numerator", "the numerator " + num.toPlainString() + " is larger than the denominator "
          + den.toPlainString() + "; a percentage cannot exceed 100%");
    }
  }

  /** A count of children or cases cannot be 500.5: printed rounded, it would read as 501. */
  private void wholeCount(String column, BigDecimal v) {
    if (ok && v != null && v.signum() != 0 && v.stripTrailingZeros().scale() > 0) {
      error(column, "expected a whole number (a count), found " + v.toPlainString());
    }
  }

  private void notNegative(String column, BigDecimal v) {
    if (v != null && v.signum() < 0) {
      error(column, "expected a number of zero or more, found " + v.toPlainString());
    }
  }

  private Optional<LocalDate> extractDate(Optional<LocalDate> fileDate) {
    String text = row.get("extracted");
    if (!text.isEmpty()) {
      LocalDate date;
      try {
        date = LocalDate.parse(text);
      } catch (DateTimeParseException e) {
        date = null;
      }
      if (date == null || date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR) {
        error("extracted", "expected a date from " + FIRST_YEAR + "-01-01 to " + LAST_YEAR
            + "-12-31 as YYYY-MM-DD, found '" + text + "'");
        return Optional.empty();
      }
      if (cutoff.refuses(date)) {
        error("extracted", "the extract date " + text + " is after today's date (" + cutoff.date()
            + "); expected the date the extract was taken, no later than today");
        return Optional.empty();
      }
      return Optional.of(date);
    }
    if (fileDate.isEmpty()) {
      error("extracted", "cannot tell when this extract was taken: give an 'extracted' column (YYYY-MM-DD)"
          + " or start the file name with the date, e.g. 2023-01-06-social-care.csv");
    } else if (cutoff.refuses(fileDate.get())) {
      ok = false; // reported once for the whole file
    }
    return fileDate;
  }

  private Optional<YearMonth> period(Optional<LocalDate> extracted) {
    String text = row.get("period");
    if (!PERIOD.matcher(text).matches()) {
      error("period", "expected a month as YYYY-MM, found '" + text + "'");
      return Optional.empty();
    }
    YearMonth month;
    try {
      // A date (as Excel stores a month typed into a cell) stands for its month. The pattern has
      // checked the digits, so the month is read directly: the JDK's parser was a tenth of a
      // region run's reading time.
      month = text.length() > 7 ? YearMonth.from(LocalDate.parse(text))
          : YearMonth.of(Integer.parseInt(text, 0, 4, 10), Integer.parseInt(text, 5, 7, 10));
    } catch (DateTimeException e) {
      error("period", "expected a month as YYYY-MM, found '" + text + "'");
      return Optional.empty();
    }
    month = (YearMonth) shared.computeIfAbsent(month, m -> m);
    if (month.getYear() < FIRST_YEAR || month.getYear() > LAST_YEAR) {
      error("period", "expected a month from " + FIRST_YEAR + "-01 to " + LAST_YEAR + "-12, found '" + text + "'");
      return Optional.empty();
    }
    if (cutoff.refuses(month)) {
      error("period", "the month " + text + " is after today's date (" + cutoff.date() + "); expected a month no"
          + " later than " + YearMonth.from(cutoff.date()));
      return Optional.empty();
    }
    if (extracted.isPresent() && month.isAfter(YearMonth.from(extracted.get()))) {
      error("period", "the month " + text + " lies after the extract's own date " + extracted.get()
          + "; expected a month no later than " + YearMonth.from(extracted.get()));
      return Optional.empty();
    }
    return Optional.of(month);
  }

  private BigDecimal number(String column) {
    String text = row.get(column);
    if (text.isEmpty()) {
      return null;
    }
    if (row.separator() == ';' && text.contains(",")) {
      error(column, "'" + text + "' is ambiguous in a semicolon-separated file: the comma may be a decimal mark"
          + " or a thousands separator; expected digits with '.' as the decimal mark and no separators");
      return null;
    }
    NumberText.Reading reading = NumberText.read(text);
    if (reading.problem().isPresent()) {
      error(column, reading.problem().get());
      return null;
    }
    BigDecimal v = reading.value().orElseThrow();
    return v.scale() == 0 && v.precision() <= 4 ? (BigDecimal) shared.computeIfAbsent(v, n -> n) : v;
  }

  /** The breakdown as the definition spells it, so that every row shares one copy of the name. */
  private static String shared(List<String> breakdowns, String breakdown) {
    int i = breakdowns.indexOf(breakdown);
    return i >= 0 ? breakdowns.get(i) : breakdown.isEmpty() ? "" : breakdown;
  }
}
