package scorepack.extract;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import scorepack.definition.CheckedText;
import scorepack.definition.DefinedIndicator;
import scorepack.definition.Limits;
import scorepack.definition.Source;
import scorepack.definition.SourceLayout;
import scorepack.definition.SourceOrigin;
import scorepack.diagnostic.Diagnostics;
import scorepack.diagnostic.WarningKind;
import scorepack.diagnostic.FileFailure;
import scorepack.diagnostic.OutOfMemory;
import scorepack.diagnostic.Severity;
import scorepack.engine.Observation;

/**
 * Reads the long-form CSV extracts: one figure per row, checked against the definitions. Extract
 * files are only ever read.
 */
public final class ExtractLoader {
  private static final Set<String> REQUIRED = Set.of("indicator", "period");
  private static final Set<String> ALLOWED =
      Set.of("indicator", "period", "breakdown", "value", "numerator", "denominator", "extracted", "period_start",
          "period_end");
  private static final Pattern LEADING_DATE = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2}).*");

  private final Map<String, DefinedIndicator> indicators;
  private final Set<String> defective;
  private final List<Source> sources;
  private final MappingProblems problems = new MappingProblems();
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

  /** A loader of scorepack's own extracts only, with no source mappings. */
  public ExtractLoader(Map<String, DefinedIndicator> indicators, Set<String> defective, ExtractCutoff cutoff,
      Limits limits, Diagnostics diagnostics) {
    this(indicators, defective, List.of(), cutoff, limits, diagnostics);
  }

  /**
   * @param defective ids whose definitions had errors: their rows are skipped without a message
   * @param sources the source mappings: a file one of them matches is read through it
   * @param cutoff the day the run stands on: a row dated after it is refused, or left out under --as-of
   * @param limits the longest line and largest sheet read
   */
  public ExtractLoader(Map<String, DefinedIndicator> indicators, Set<String> defective, List<Source> sources,
      ExtractCutoff cutoff, Limits limits, Diagnostics diagnostics) {
    this.indicators = indicators;
    this.defective = defective;
    this.sources = List.copyOf(sources);
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
    Set<Source> used = new HashSet<>();
    for (Path file : files) {
      String name = display(file, displayBase);
      names.add(name);
      Optional<Source> source = sourceOf(file, name);
      source.ifPresent(used::add);
      try {
        sortByDate(read(file, name, source), all, leftOut);
      } catch (OutOfMemoryError e) {
        all.clear();
        leftOut.clear();
        throw OutOfMemory.reading(name, e);
      }
    }
    problems.report(diagnostics);
    for (Source s : sources) {
      if (s.origin() instanceof SourceOrigin.Files f && !used.contains(s)) {
        diagnostics.warning(s.file(), 0, 0, "files", "no file in " + shown + " matches '" + f.pattern() + "'; expected"
            + " the source's extracts there (is the pattern right?)");
      }
    }
    if (all.isEmpty() && !leftOut.isEmpty()) {
      diagnostics.error(shown, 0, 0, "", "no extract was taken on or before the --as-of date " + cutoff.date()
          + "; the first was taken on " + leftOut.stream().map(o -> o.source().extracted()).min(LocalDate::compareTo)
              .orElseThrow() + "; expected an as-of date no earlier than that");
    }
    return new Extracts(all, names, leftOut);
  }

  /** The one source whose pattern the file's name matches, if any; a file two sources match is refused. */
  private Optional<Source> sourceOf(Path file, String name) {
    String fileName = file.getFileName().toString();
    List<Source> matching = sources.stream()
        .filter(s -> s.origin() instanceof SourceOrigin.Files f && f.matches(fileName)).toList();
    if (matching.size() > 1) {
      diagnostics.error(name, 0, 0, "", "the file matches the patterns of " + matching.size() + " sources ("
          + String.join(", ", matching.stream().map(Source::file).toList()) + "); expected one source to read it:"
          + " make their files: patterns narrower");
    }
    return matching.stream().findFirst();
  }

  private List<Observation> read(Path file, String name, Optional<Source> source) {
    String fileName = file.getFileName().toString();
    if (isWorkbook(file)) {
      List<String> sheets = source.map(s -> ((SourceOrigin.Files) s.origin()).sheets()).orElse(List.of());
      List<WorkbookText.Sheet> texts;
      try {
        texts = WorkbookText.sheetsAsCsv(file, sheets, limits);
      } catch (WorkbookText.Refusal e) {
        diagnostics.error(name, 0, 0, "", e.getMessage());
        return List.of();
      } catch (IOException e) {
        diagnostics.error(name, 0, 0, "", "cannot be read: " + FileFailure.reading(e));
        return List.of();
      }
      List<Observation> rows = new ArrayList<>();
      for (WorkbookText.Sheet sheet : texts) {
        String shownAs = sheets.isEmpty() ? name : name + " (sheet " + sheet.name() + ")";
        rows.addAll(read(new StringReader(sheet.csv()), shownAs, fileName, source));
      }
      return rows;
    }
    Charset encoding = source.map(s -> ((SourceOrigin.Files) s.origin()).encoding()).orElse(StandardCharsets.UTF_8);
    try (Reader r = source.isPresent() ? CheckedText.csv(Files.newInputStream(file), limits, encoding, source.get().file())
        : CheckedText.csv(Files.newInputStream(file), limits)) {
      return read(r, name, fileName, source);
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
    List<Observation> rows = read(reader, file, fileName, Optional.empty());
    problems.report(diagnostics);
    return rows;
  }

  private List<Observation> read(Reader reader, String file, String fileName, Optional<Source> source) {
    Optional<LocalDate> fileDate = dateFromName(fileName);
    if (fileDate.isPresent() && cutoff.refuses(fileDate.get())) {
      diagnostics.error(file, 0, 0, "", "the file name starts with the date " + fileDate.get() + ", after today's"
          + " date (" + cutoff.date() + "); expected the date the extract was taken, no later than today");
    }
    List<Observation> out = new ArrayList<>();
    long[] rows = {0};
    int[] periodColumn = {0};
    long errorsBefore = diagnostics.count(Severity.ERROR);
    SourceRows mapping = new SourceRows(source, indicators, defective, problems);
    CsvTable.Header header = source.map(SourceRows::header).orElse(CsvTable.fixed(REQUIRED, ALLOWED));
    Consumer<CsvTable.Row> figures = row -> {
      rows[0]++;
      periodColumn[0] = row.columnNumber("period");
      mapping.ours(row, file).flatMap(ours -> new FigureRow(indicators, cutoff, diagnostics, shared, file, ours)
          .observation(fileDate)).ifPresent(out::add);
    };
    boolean headerRead = true;
    if (source.isPresent() && source.get().layout() == SourceLayout.WIDE) {
      WideTable.rows(reader, file, source.get(), diagnostics, problems).forEach(figures);
      periodColumn[0] = 0; // each month has its own column
    } else {
      headerRead = CsvTable.read(reader, file, header, diagnostics, figures);
    }
    if (headerRead && rows[0] == 0 && diagnostics.count(Severity.ERROR) == errorsBefore) {
      diagnostics.warning(WarningKind.EMPTY_EXTRACT, file, 1, 0, "", "the extract has a header row and no figures; expected one figure per"
          + " row below the header (was the export cut short?)");
    }
    return RepeatedFigures.removed(out, file, periodColumn[0], diagnostics);
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
}
