package scorepack.extract;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import scorepack.definition.CheckedText;
import scorepack.definition.DefinedIndicator;
import scorepack.definition.Limits;
import scorepack.definition.NumberText;
import scorepack.diagnostic.Diagnostics;
import scorepack.diagnostic.FileFailure;
import scorepack.diagnostic.OutOfMemory;
import scorepack.diagnostic.Suggestions;
import scorepack.engine.AuthorityValues;
import scorepack.engine.Benchmark;
import scorepack.engine.BenchmarkKind;
import scorepack.engine.Populations;
import scorepack.engine.SeriesKey;

/**
 * Reads {@code reference/population.csv} ({@code population,year,count}) and
 * {@code reference/benchmarks.csv} ({@code indicator,breakdown,benchmark,value,period,published}).
 */
public final class ReferenceLoader {
  private final Map<String, DefinedIndicator> indicators;
  private final Set<String> defective;
  private final Limits limits;
  private final Diagnostics diagnostics;

  public ReferenceLoader(Map<String, DefinedIndicator> indicators, Diagnostics diagnostics) {
    this(indicators, Set.of(), Limits.DEFAULT, diagnostics);
  }

  /**
   * @param defective ids whose definitions had errors: their rows are skipped without a message
   * @param limits the longest line read
   */
  public ReferenceLoader(Map<String, DefinedIndicator> indicators, Set<String> defective, Limits limits,
      Diagnostics diagnostics) {
    this.indicators = indicators;
    this.defective = defective;
    this.limits = limits;
    this.diagnostics = diagnostics;
  }

  /** The files read from reference/, each optional. */
  public static final List<String> FILES = List.of("population.csv", "benchmarks.csv", "authority-values.csv");

  /** Reads both files from the folder; a missing file means no such reference data. */
  public References loadFolder(Path folder, Path displayBase) {
    Populations.Builder populations = Populations.builder();
    Map<SeriesKey, List<Benchmark>> benchmarks = new HashMap<>();
    read(folder.resolve(FILES.get(0)), displayBase, Set.of("population", "year", "count"), Set.of("from"),
        (file, row) -> population(file, row, populations));
    read(folder.resolve(FILES.get(1)), displayBase, Set.of("indicator", "benchmark", "value"),
        Set.of("breakdown", "period", "published"), (file, row) -> benchmark(file, row, benchmarks));
    Map<SeriesKey, Map<String, PeriodValue>> latestByAuthority = new HashMap<>();
    read(folder.resolve(FILES.get(2)), displayBase, Set.of("indicator", "authority", "period", "value"),
        Set.of("breakdown"), (file, row) -> authorityValue(file, row, latestByAuthority));
    Populations built = populations.build();
    for (DefinedIndicator d : indicators.values()) {
      d.definition().population().filter(p -> !built.has(p)).ifPresent(p -> diagnostics.error(d.file(), 0, 0,
          d.id() + ".population", "no population '" + p + "' in reference/population.csv"));
    }
    return new References(built, benchmarks, authorityValues(latestByAuthority), Optional.empty());
  }

  private interface RowHandler {
    void accept(String file, CsvTable.Row row);
  }

  private void read(Path path, Path base, Set<String> required, Set<String> optional, RowHandler handler) {
    if (!Files.exists(path)) {
      return;
    }
    String name = base.toAbsolutePath().normalize().relativize(path.toAbsolutePath().normalize()).toString();
    Set<String> allowed = new java.util.HashSet<>(required);
    allowed.addAll(optional);
    try (Reader r = CheckedText.csv(Files.newInputStream(path), limits)) {
      Consumer<CsvTable.Row> rows = row -> handler.accept(name, row);
      CsvTable.read(r, name, required, allowed, diagnostics, rows);
    } catch (IOException e) {
      diagnostics.error(name, 0, 0, "", "cannot be read: " + FileFailure.reading(e));
    } catch (OutOfMemoryError e) {
      throw OutOfMemory.reading(name, e);
    }
  }

  private boolean known(String file, CsvTable.Row row, String id) {
    if (indicators.containsKey(id)) {
      return true;
    }
    if (!defective.contains(id)) {
      diagnostics.error(file, (int) row.line(), row.columnNumber("indicator"), "column indicator",
          "unknown indicator '" + id + "'" + Suggestions.didYouMean(id, indicators.keySet()));
    }
    return false;
  }

  /** Keeps each authority's latest period (periods are labels that sort in time, e.g. 2021/22). */
  private void authorityValue(String file, CsvTable.Row row, Map<SeriesKey, Map<String, PeriodValue>> out) {
    String id = row.get("indicator");
    int line = (int) row.line();
    if (!known(file, row, id)) {
      return;
    }
    NumberText.Reading value = NumberText.read(row.get("value"));
    if (value.problem().isPresent()) {
      diagnostics.error(file, line, row.columnNumber("value"), "column value", value.problem().get());
      return;
    }
    if (row.get("authority").isEmpty() || row.get("period").isEmpty()) {
      diagnostics.error(file, line, row.columnNumber("authority"), "column authority", "expected an authority and a period, found an empty one");
      return;
    }
    Map<String, PeriodValue> byAuthority = out.computeIfAbsent(new SeriesKey(id, row.get("breakdown")), k -> new HashMap<>());
    PeriodValue entry = new PeriodValue(row.get("period"), value.value().orElseThrow());
    byAuthority.merge(row.get("authority"), entry, (a, b) -> a.period().compareTo(b.period()) >= 0 ? a : b);
  }

  /** One authority's figure for a period, as its row gives it. */
  private record PeriodValue(String period, BigDecimal value) {}

  private static Map<SeriesKey, AuthorityValues> authorityValues(Map<SeriesKey, Map<String, PeriodValue>> latest) {
    Map<SeriesKey, AuthorityValues> out = new HashMap<>();
    latest.forEach((key, byAuthority) -> {
      String period = byAuthority.values().stream().map(PeriodValue::period).max(String::compareTo).orElse("");
      Map<String, BigDecimal> values = new HashMap<>();
      byAuthority.forEach((authority, e) -> values.put(authority, e.value()));
      out.put(key, new AuthorityValues(period, values));
    });
    return out;
  }

  private void population(String file, CsvTable.Row row, Populations.Builder out) {
    Optional<BigDecimal> year = NumberText.parse(row.get("year"));
    Optional<BigDecimal> count = NumberText.parse(row.get("count"));
    if (year.isEmpty() || year.get().stripTrailingZeros().scale() > 0
        || year.get().intValue() < FigureRow.FIRST_YEAR || year.get().intValue() > FigureRow.LAST_YEAR) {
      diagnostics.error(file, (int) row.line(), row.columnNumber("year"), "column year", "expected a year from "
          + FigureRow.FIRST_YEAR + " to " + FigureRow.LAST_YEAR + ", found '" + row.get("year") + "'");
    } else if (count.isEmpty() || count.get().signum() <= 0 || count.get().stripTrailingZeros().scale() > 0) {
      diagnostics.error(file, (int) row.line(), row.columnNumber("count"), "column count",
          "expected a positive whole population, found '" + row.get("count") + "'");
    } else if (row.get("population").isEmpty()) {
      diagnostics.error(file, (int) row.line(), row.columnNumber("population"), "column population",
          "expected a population id, found nothing");
    } else {
      Optional<YearMonth> from = Optional.empty();
      if (!row.get("from").isEmpty()) {
        try {
          from = Optional.of(YearMonth.parse(row.get("from")));
        } catch (DateTimeParseException e) {
          diagnostics.error(file, (int) row.line(), row.columnNumber("from"), "column from",
              "expected the month the estimate is used from as YYYY-MM, found '" + row.get("from") + "'");
          return;
        }
      }
      out.add(row.get("population"), year.get().intValue(), count.get(), from);
    }
  }

  private void benchmark(String file, CsvTable.Row row, Map<SeriesKey, List<Benchmark>> out) {
    String id = row.get("indicator");
    int line = (int) row.line();
    if (!known(file, row, id)) {
      return;
    }
    List<String> kinds = java.util.Arrays.stream(BenchmarkKind.values()).map(BenchmarkKind::code).toList();
    Optional<BenchmarkKind> kind = BenchmarkKind.ofCode(row.get("benchmark"));
    if (kind.isEmpty()) {
      diagnostics.error(file, line, row.columnNumber("benchmark"), "column benchmark", "expected one of " + String.join(", ", kinds)
          + ", found '" + row.get("benchmark") + "'" + Suggestions.didYouMean(row.get("benchmark"), kinds));
      return;
    }
    NumberText.Reading reading = NumberText.read(row.get("value"));
    if (reading.problem().isPresent()) {
      diagnostics.error(file, line, row.columnNumber("value"), "column value", reading.problem().get());
      return;
    }
    BigDecimal value = reading.value().orElseThrow();
    Optional<LocalDate> published = Optional.empty();
    if (!row.get("published").isEmpty()) {
      try {
        published = Optional.of(LocalDate.parse(row.get("published")));
      } catch (DateTimeParseException e) {
        diagnostics.error(file, line, row.columnNumber("published"), "column published",
            "expected the day the figure was published as YYYY-MM-DD, found '" + row.get("published") + "'");
        return;
      }
    }
    SeriesKey key = new SeriesKey(id, row.get("breakdown"));
    List<Benchmark> list = out.computeIfAbsent(key, k -> new ArrayList<>());
    Optional<LocalDate> day = published;
    if (list.stream().anyMatch(b -> b.kind() == kind.get() && b.published().equals(day))) {
      diagnostics.error(file, line, row.columnNumber("benchmark"), "column benchmark", "the " + kind.get().code()
          + " benchmark of " + key + " is given twice " + day.map(d -> "as published on " + d).orElse("with no"
          + " published date") + "; expected one figure for each day it was published");
      return;
    }
    list.add(new Benchmark(kind.get(), value, row.get("period"), published));
  }
}
