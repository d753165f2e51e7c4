package scorepack.extract;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import scorepack.definition.CheckedText;
import scorepack.definition.DefinedIndicator;
import scorepack.definition.Limits;
import scorepack.definition.NumberText;
import scorepack.diagnostic.Diagnostics;
import scorepack.diagnostic.FileFailure;
import scorepack.diagnostic.OutOfMemory;
import scorepack.diagnostic.Severity;
import scorepack.diagnostic.Suggestions;
import scorepack.engine.IndicatorDefinition;
import scorepack.engine.Observation;
import scorepack.engine.SourceRef;
import scorepack.engine.Unit;

/**
 * Reads the long-form CSV extracts: one figure per row, checked against the definitions. Extract
 * files are only ever read.
 */
public final class ExtractLoader {
  private static final Set<String> REQUIRED = Set.of("indicator", "period");
  private static final Set<String> ALLOWED =
      Set.of("indicator", "period", "breakdown", "value", "numerator", "denominator", "extracted");
  private static final Pattern LEADING_DATE = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2}).*");
  private static final Pattern PERIOD = Pattern.compile("\\d{4}-\\d{2}(-\\d{2})?");
  /** The years a period or an extract date may fall in: a year outside them is a typing or export slip. */
  static final int FIRST_YEAR = 2000;
  static final int LAST_YEAR = 2100;

  private final Map<String, DefinedIndicator> indicators;
  private final Set<String> defective;
  private final ExtractCutoff cutoff;
  private final Limits limits;
  private final Diagnostics diagnostics;
  /**
   * One instance of each month and small whole number read: a large extract repeats them on
   * every row, and a million copies would not fit the launcher's heap.
   */
  private final Map<Object, Object> shared = new HashMap<>();

  /** A loader for rows dated up to today by the system clock, within the default limits. */
  public ExtractLoader(Map<String, DefinedIndicator> indicators, Diagnostics diagnostics) {
    this(indicators, Set.of(), ExtractCutoff.of(Optional.empty(), Clock.systemDefaultZone()), Limits.DEFAULT,
        diagnostics);
  }

  /**
   * @param defective ids whose definitions had errors: their rows are skipped without a message
   * @param cutoff the day the run stands on: a row dated after it is refused, or left out under --as-of
   * @param limits the longest line and largest sheet read
   */
  public ExtractLoader(Map<String, DefinedIndicator> indicators, Set<String> defective, ExtractCutoff cutoff,
      Limits limits, Diagnostics diagnostics) {
    this.indicators = indicators;
    this.defective = defective;
    this.cutoff = cutoff;
    this.limits = limits;
    this.diagnostics = diagnostics;
  }

  /** Reads every {@code *.csv} and {@code *.xlsx} in the folder, in name order. */
  public Extracts loadFolder(Path folder, Path displayBase) {
    String shown = display(folder, displayBase);
    if (!Files.isDirectory(folder)) {
      diagnostics.error(shown, 0, 0, "", "the extracts folder does not exist; expected a folder of *.csv or *.xlsx extracts");
      return new Extracts(List.of(), List.of());
    }
    List<Path> files;
    try (Stream<Path> s = Files.list(folder)) {
      files = s.filter(p -> isCsv(p) || isWorkbook(p)).filter(Files::isRegularFile).sorted().toList();
    } catch (IOException e) {
      diagnostics.error(shown, 0, 0, "", "cannot be listed: " + FileFailure.reading(e));
      return new Extracts(List.of(), List.of());
    }
    if (files.isEmpty()) {
      diagnostics.error(shown, 0, 0, "", "holds no *.csv or *.xlsx extracts");
    }
    List<Observation> all = new ArrayList<>();
    List<Observation> leftOut = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (Path file : files) {
      String name = display(file, displayBase);
      names.add(name);
      try {
        sortByDate(loadFile(file, name), all, leftOut);
      } catch (OutOfMemoryError e) {
        all.clear();
        leftOut.clear();
        throw OutOfMemory.reading(name, e);
      }
    }
    if (all.isEmpty() && !leftOut.isEmpty()) {
      diagnostics.error(shown, 0, 0, "", "no extract was taken on or before the --as-of date " + cutoff.date()
          + "; the first was taken on " + leftOut.stream().map(o -> o.source().extracted()).min(LocalDate::compareTo)
              .orElseThrow() + "; expected an as-of date no earlier than that");
    }
    return new Extracts(all, names, leftOut);
  }

  private List<Observation> loadFile(Path file, String name) {
    if (isWorkbook(file)) {
      String text;
      try {
        text = WorkbookText.firstSheetAsCsv(file, limits);
      } catch (WorkbookText.Refusal e) {
        diagnostics.error(name, 0, 0, "", e.getMessage());
        return List.of();
      } catch (IOException e) {
        diagnostics.error(name, 0, 0, "", "cannot be read: " + FileFailure.reading(e));
        return List.of();
      }
      return load(new StringReader(text), name, file.getFileName().toString());
    }
    try (Reader r = CheckedText.csv(Files.newInputStream(file), limits)) {
      return load(r, name, file.getFileName().toString());
    } catch (IOException e) {
      diagnostics.error(name, 0, 0, "", "cannot be read: " + FileFailure.reading(e));
      return List.of();
    }
  }

  /** Rows known on the cutoff date go to {@code used}; under --as-of, later ones to {@code leftOut}. */
  private void sortByDate(List<Observation> rows, List<Observation> used, List<Observation> leftOut) {
    for (Observation o : rows) {
      (cutoff.leavesOut(o.source().extracted()) ? leftOut : used).add(o);
    }
  }

  private static boolean isCsv(Path p) {
    return p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv");
  }

  private static boolean isWorkbook(Path p) {
    String name = p.getFileName().toString();
    return name.toLowerCase(Locale.ROOT).endsWith(".xlsx") && !name.startsWith("~$"); // ~$ is Excel's lock file
  }

  /**
   * Reads one extract.
   *
   * @param file the name shown in messages and kept in each observation's source
   * @param fileName the bare file name, whose leading YYYY-MM-DD may give the extract date
   */
  public List<Observation> load(Reader reader, String file, String fileName) {
    Optional<LocalDate> fileDate = dateFromName(fileName);
    if (fileDate.isPresent() && cutoff.refuses(fileDate.get())) {
      diagnostics.error(file, 0, 0, "", "the file name starts with the date " + fileDate.get() + ", after today's"
          + " date (" + cutoff.date() + "); expected the date the extract was taken, no later than today");
    }
    List<Observation> out = new ArrayList<>();
    long[] rows = {0};
    int[] periodColumn = {0};
    long errorsBefore = diagnostics.count(Severity.ERROR);
    boolean headerRead = CsvTable.read(reader, file, REQUIRED, ALLOWED, diagnostics, row -> {
      rows[0]++;
      periodColumn[0] = row.columnNumber("period");
      new RowReader(file, row).observation(fileDate).ifPresent(out::add);
    });
    if (headerRead && rows[0] == 0 && diagnostics.count(Severity.ERROR) == errorsBefore) {
      diagnostics.warning(file, 1, 0, "", "the extract has a header row and no figures; expected one figure per"
          + " row below the header (was the export cut short?)");
    }
    return RepeatedFigures.removed(out, file, periodColumn[0], diagnostics);
  }

  /** The breakdown as the definition spells it, so that every row shares one copy of the name. */
  private static String shared(List<String> breakdowns, String breakdown) {
    int i = breakdowns.indexOf(breakdown);
    return i >= 0 ? breakdowns.get(i) : breakdown.isEmpty() ? "" : breakdown;
  }

  private static Optional<LocalDate> dateFromName(String fileName) {
    Matcher m = LEADING_DATE.matcher(fileName);
    if (!m.matches()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(m.group(1)));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private static String display(Path p, Path base) {
    Path abs = p.toAbsolutePath().normalize();
    Path b = base.toAbsolutePath().normalize();
    return abs.startsWith(b) ? b.relativize(abs).toString() : abs.toString();
  }

  /** Checks and converts one row, reporting each problem against its column. */
  private final class RowReader {
    private final String file;
    private final CsvTable.Row row;
    private boolean ok = true;

    RowReader(String file, CsvTable.Row row) {
      this.file = file;
      this.row = row;
    }

    void error(String column, String message) {
      diagnostics.error(file, (int) row.line(), row.columnNumber(column), "column " + column, message);
      ok = false;
    }

    Optional<Observation> observation(Optional<LocalDate> fileDate) {
      String id = row.get("indicator");
      DefinedIndicator defined = indicators.get(id);
      if (defined == null && defective.contains(id)) {
        ok = false;
        return Optional.empty();
      }
      if (defined == null) {
        error("indicator", id.isEmpty() ? "expected an indicator id, found nothing"
            : "unknown indicator '" + id + "'" + Suggestions.didYouMean(id, indicators.keySet())
                + "; expected an id defined in indicators/");
        return Optional.empty();
      }
      IndicatorDefinition def = defined.definition();
      String breakdown = row.get("breakdown");
      if (!breakdown.isEmpty() && !def.breakdowns().contains(breakdown)) {
        error("breakdown", "unknown breakdown '" + breakdown + "' for '" + id + "'"
            + Suggestions.didYouMean(breakdown, def.breakdowns()) + "; expected "
            + (def.breakdowns().isEmpty() ? "none (leave it empty)" : "one of " + String.join(", ", def.breakdowns())));
      }
      Optional<LocalDate> extracted = extractDate(fileDate);
      Optional<YearMonth> period = period(extracted);
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
          new SourceRef(file, row.line(), extracted.get())));
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
      Optional<String> problem = NumberText.problem(text);
      if (problem.isPresent()) {
        error(column, problem.get());
        return null;
      }
      BigDecimal v = NumberText.parse(text).orElseThrow();
      return v.scale() == 0 && v.precision() <= 4 ? (BigDecimal) shared.computeIfAbsent(v, n -> n) : v;
    }
  }
}
