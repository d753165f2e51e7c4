package scorepack.definition;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.time.Month;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import scorepack.diagnostic.Diagnostics;
import scorepack.diagnostic.FileFailure;
import scorepack.diagnostic.Suggestions;
import scorepack.engine.Behaviour;
import scorepack.engine.IndicatorDefinition;
import scorepack.engine.Polarity;
import scorepack.engine.ReferencePeriodRule;
import scorepack.engine.ReportingYear;
import scorepack.engine.SpcPlan;
import scorepack.engine.SpcSettings;
import scorepack.engine.Timeline;
import scorepack.engine.Tolerance;
import scorepack.engine.Unit;
import scorepack.engine.YearKind;

/** Loads {@code indicators/*.yaml}: a list of indicator definitions per file. */
public final class IndicatorDefinitionLoader {
  private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");
  private static final Set<String> KEYS = Set.of("id", "title", "unit", "polarity", "timeline", "behaviour",
      "year", "decimals", "data_note", "population", "new_measure", "previous_year", "breakdowns",
      "tolerances", "description", "measure", "spc", "published_in", "suppression", "year_to_date",
      "reference_period", "previous_year_decimals");
  private static final Map<String, Unit> UNITS = Map.ofEntries(Map.entry("count", Unit.COUNT),
      Map.entry("percent", Unit.PERCENT), Map.entry("%", Unit.PERCENT), Map.entry("percentage", Unit.PERCENT),
      Map.entry("rate per 1,000", Unit.RATE_PER_1000), Map.entry("rate per 1000", Unit.RATE_PER_1000),
      Map.entry("rate per 10,000", Unit.RATE_PER_10000), Map.entry("rate per 10000", Unit.RATE_PER_10000),
      Map.entry("rate per 100,000", Unit.RATE_PER_100000), Map.entry("rate per 100000", Unit.RATE_PER_100000),
      Map.entry("average", Unit.AVERAGE), Map.entry("number", Unit.NUMBER));
  private static final Map<String, Polarity> POLARITIES =
      Map.of("high", Polarity.HIGH, "low", Polarity.LOW, "info", Polarity.INFO);
  private static final Map<String, Timeline> TIMELINES = Map.of("monthly", Timeline.MONTHLY,
      "quarterly", Timeline.QUARTERLY, "termly", Timeline.TERMLY, "annual", Timeline.ANNUAL);
  private static final Map<String, Behaviour> BEHAVIOURS = Map.of("flow", Behaviour.FLOW,
      "snapshot", Behaviour.SNAPSHOT, "latest snapshot", Behaviour.LATEST_SNAPSHOT, "cumulative", Behaviour.CUMULATIVE,
      "ratio", Behaviour.RATIO, "rolling 12 months", Behaviour.ROLLING_12_MONTHS,
      "year to date average", Behaviour.YEAR_TO_DATE_AVERAGE);
  private static final Map<String, YearKind> YEARS = Map.of("financial", YearKind.FINANCIAL,
      "academic", YearKind.ACADEMIC);

  private final Diagnostics diagnostics;
  private final SpcSettings spcDefaults;
  private final Limits limits;
  private final Set<String> defective = new TreeSet<>();
  /** Where each definition names its {@code year_to_date:} indicator, checked once every file is read. */
  private final Map<String, YamlNode> yearToDateAt = new HashMap<>();

  /** A loader whose indicators start from the Making Data Count process-control settings. */
  public IndicatorDefinitionLoader(Diagnostics diagnostics) {
    this(diagnostics, SpcSettings.defaults(), Limits.DEFAULT);
  }

  /** @param spcDefaults the workspace's process-control settings, within the default limits */
  public IndicatorDefinitionLoader(Diagnostics diagnostics, SpcSettings spcDefaults) {
    this(diagnostics, spcDefaults, Limits.DEFAULT);
  }

  /**
   * @param spcDefaults the workspace's process-control settings ({@code spc:} in scorepack.yaml),
   *     which an indicator's own {@code spc:} may change
   * @param limits the largest file read
   */
  public IndicatorDefinitionLoader(Diagnostics diagnostics, SpcSettings spcDefaults, Limits limits) {
    this.diagnostics = diagnostics;
    this.spcDefaults = spcDefaults;
    this.limits = limits;
  }

  /**
   * The ids of definitions that were found but had errors: already reported, so extracts and
   * templates naming them need not be reported as naming unknown indicators too.
   */
  public Set<String> defectiveIds() {
    return Set.copyOf(defective);
  }

  /**
   * Loads every {@code *.yaml} file in the folder, in name order.
   *
   * @param folder the {@code indicators} folder
   * @param displayBase the folder file names are shown relative to
   * @return the definitions by id; invalid ones are left out and reported
   */
  public Map<String, DefinedIndicator> loadFolder(Path folder, Path displayBase) {
    Map<String, DefinedIndicator> all = new TreeMap<>();
    for (Path file : YamlFiles.list(folder, displayBase, diagnostics)) {
      String name = YamlFiles.display(file, displayBase);
      try (Reader r = YamlFiles.open(file, limits)) {
        for (DefinedIndicator d : load(r, name)) {
          DefinedIndicator earlier = all.putIfAbsent(d.id(), d);
          if (earlier != null) {
            diagnostics.error(name, 0, 0, "id", "the indicator id '" + d.id() + "' is already defined in "
                + earlier.file() + "; expected each id once");
          }
        }
      } catch (IOException e) {
        diagnostics.error(name, 0, 0, "", "cannot be read: " + FileFailure.reading(e));
      }
    }
    checkYearToDateLines(all);
    return all;
  }

  /**
   * A {@code year_to_date:} must name another indicator, with the same unit, breakdowns, timeline
   * and year, whose own year to date is its figures' (not a line that takes its year from a third).
   */
  private void checkYearToDateLines(Map<String, DefinedIndicator> all) {
    for (DefinedIndicator d : all.values()) {
      Optional<String> id = d.definition().yearToDateFrom();
      YamlNode at = yearToDateAt.get(d.id());
      if (id.isEmpty() || at == null || defective.contains(id.get())) {
        continue;
      }
      YamlFields f = new YamlFields(d.file(), diagnostics);
      DefinedIndicator year = all.get(id.get());
      if (year == null) {
        f.error(at, "year_to_date '" + id.get() + "' is not a defined indicator"
            + Suggestions.didYouMean(id.get(), all.keySet()) + "; expected the id of the indicator whose figures"
            + " give this line's year to date");
        continue;
      }
      IndicatorDefinition y = year.definition();
      IndicatorDefinition self = d.definition();
      if (!y.breakdowns().equals(self.breakdowns()) || y.timeline() != self.timeline() || y.unit() != self.unit()
          || y.yearKind() != self.yearKind() || y.yearToDateFrom().isPresent()) {
        f.error(at, "year_to_date '" + id.get() + "' must have the same unit, breakdowns, timeline and year as '"
            + d.id() + "' and no year_to_date of its own; it has " + y.unit().label() + ", " + y.breakdowns() + ", "
            + y.timeline().label() + ", " + y.yearKind().name().toLowerCase(Locale.ROOT)
            + (y.yearToDateFrom().isPresent() ? ", year_to_date " + y.yearToDateFrom().get() : ""));
      }
    }
  }

  /** Loads one definitions document. */
  public List<DefinedIndicator> load(Reader reader, String file) {
    YamlFields f = new YamlFields(file, diagnostics);
    List<DefinedIndicator> out = new ArrayList<>();
    Optional<YamlNode.Mapping> root =
        new YamlTreeReader(file, diagnostics).read(reader).flatMap(n -> f.mapping(n, "a document with 'indicators:'"));
    if (root.isEmpty()) {
      return out;
    }
    f.onlyKeys(root.get(), Set.of("indicators"));
    for (YamlNode item : f.required(root.get(), "indicators").map(n -> f.list(n, "indicators")).orElse(List.of())) {
      f.mapping(item, "an indicator").ifPresent(m -> {
        Optional<DefinedIndicator> d = indicator(m, f, file);
        d.ifPresent(out::add);
        if (d.isEmpty()) {
          f.optionalText(m, "id").ifPresent(defective::add);
        }
      });
    }
    return out;
  }

  private Optional<DefinedIndicator> indicator(YamlNode.Mapping m, YamlFields f, String file) {
    f.onlyKeys(m, KEYS);
    Optional<String> id = f.requiredText(m, "id").filter(s -> isName(f, m, "id", "an id", s));
    Optional<String> title = f.requiredText(m, "title");
    Optional<Unit> unit = f.required(m, "unit").flatMap(n -> f.choice(n, UNITS));
    Optional<Polarity> polarity = f.required(m, "polarity").flatMap(n -> f.choice(n, POLARITIES));
    Optional<Timeline> timeline = f.required(m, "timeline").flatMap(n -> f.choice(n, TIMELINES));
    Optional<Behaviour> behaviour = f.required(m, "behaviour").flatMap(n -> f.choice(n, BEHAVIOURS));
    YearKind yearKind = f.optional(m, "year").flatMap(n -> f.choice(n, YEARS)).orElse(YearKind.FINANCIAL);
    Optional<Integer> decimals = f.optional(m, "decimals").flatMap(n -> f.wholeNumber(n, 0, 6));
    Optional<String> population = f.optionalText(m, "population");
    Optional<ReportingYear> newMeasure = f.optional(m, "new_measure").flatMap(n -> year(n, f, yearKind));
    Map<ReportingYear, BigDecimal> previous = new HashMap<>();
    f.optional(m, "previous_year").flatMap(n -> f.mapping(n, "last years' outturns by year, e.g. 2021/22: 97.8"))
        .ifPresent(pm -> pm.entries().forEach((k, v) -> year(pm.keys().get(k), f, yearKind)
            .ifPresent(y -> f.number(v).ifPresent(num -> previous.put(y, num)))));
    List<String> breakdowns = f.optional(m, "breakdowns").map(f::textList).orElse(List.of());
    Optional<Month> publishedIn = f.optional(m, "published_in").flatMap(n -> f.choice(n, SettingsLoader.MONTHS));
    Optional<String> yearToDate = f.optionalText(m, "year_to_date")
        .filter(s -> isName(f, m, "year_to_date", "an indicator id", s));
    yearToDate.ifPresent(y -> f.optionalText(m, "id").ifPresent(i -> yearToDateAt.put(i,
        m.entries().get("year_to_date"))));
    SpcPlan spc = f.optional(m, "spc").map(n -> SpcSettingsReader.indicator(n, f, spcDefaults))
        .orElse(new SpcPlan(spcDefaults, new TreeSet<>()));
    if (unit.isEmpty() || polarity.isEmpty() || id.isEmpty() || title.isEmpty() || timeline.isEmpty()
        || behaviour.isEmpty()) {
      return Optional.empty();
    }
    if (unit.get().isRate() && population.isEmpty()) {
      f.error(m, "a " + unit.get().label().toLowerCase(Locale.ROOT)
          + " needs 'population:', the population id in reference/population.csv");
      return Optional.empty();
    }
    if (behaviour.get().isCumulative() && m.entries().containsKey("spc")) {
      String kind = f.text(m.entries().get("behaviour")).orElse("");
      f.error(m.entries().get("spc"), "a '" + kind + "' indicator has no process-control chart (docs/rules.md),"
          + " so 'spc:' would have no effect; remove it");
      return Optional.empty();
    }
    Map<ReportingYear, Tolerance> tolerances = new LinkedHashMap<>();
    f.optional(m, "tolerances").flatMap(n -> f.mapping(n, "tolerances by year, e.g. 2022/23: {green: 95, amber: 87}"))
        .ifPresent(tm -> tm.entries().forEach((k, v) -> year(tm.keys().get(k), f, yearKind)
            .ifPresent(y -> tolerance(v, f, polarity.get()).ifPresent(t -> tolerances.put(y, t)))));
    int places = decimals.orElse(unit.get() == Unit.COUNT ? 0 : 1);
    String dataNote = f.optionalText(m, "data_note").orElse(defaultDataNote(unit.get(), behaviour.get()));
    String measure = f.optionalText(m, "measure").filter(s -> isName(f, m, "measure", "a measure name", s))
        .orElse(id.get());
    Optional<YamlNode> lagged = f.optional(m, "reference_period");
    Optional<ReferencePeriodRule> referencePeriod =
        lagged.flatMap(n -> referencePeriod(n, f, behaviour.get(), timeline.get()));
    if (lagged.isPresent() && referencePeriod.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(new DefinedIndicator(new IndicatorDefinition(id.get(), title.get(), unit.get(),
          polarity.get(), timeline.get(), behaviour.get(), yearKind, places, tolerances, newMeasure, population,
          previous, breakdowns, spc, publishedIn, yearToDate, referencePeriod), dataNote, file, measure,
          f.optional(m, "suppression").flatMap(n -> SuppressionReader.indicator(n, f)),
          f.optional(m, "previous_year_decimals").flatMap(n -> f.wholeNumber(n, places, 6))));
    } catch (IllegalArgumentException e) {
      f.error(m, e.getMessage());
      return Optional.empty();
    }
  }

  /**
   * A lagged measure's {@code reference_period: {lag: 6, months: 12, available_after: 2}}. A figure
   * describes as many months as its period, or twelve on a rolling line, unless {@code months} says.
   */
  private static Optional<ReferencePeriodRule> referencePeriod(YamlNode n, YamlFields f, Behaviour behaviour,
      Timeline timeline) {
    Optional<YamlNode.Mapping> rm = f.mapping(n, "a reference period such as {lag: 6, months: 12, available_after: 2}");
    if (rm.isEmpty()) {
      return Optional.empty();
    }
    f.onlyKeys(rm.get(), Set.of("lag", "months", "available_after"));
    Optional<Integer> lag = f.required(rm.get(), "lag").flatMap(x -> f.wholeNumber(x, 0, 120));
    Optional<Integer> months = f.optional(rm.get(), "months").flatMap(x -> f.wholeNumber(x, 1, 120));
    Optional<Integer> after = f.optional(rm.get(), "available_after").flatMap(x -> f.wholeNumber(x, 0, 120));
    Optional<Integer> covered = months.or(() -> behaviour == Behaviour.ROLLING_12_MONTHS ? Optional.of(12)
        : switch (timeline) {
          case MONTHLY -> Optional.of(1);
          case QUARTERLY -> Optional.of(3);
          case ANNUAL -> Optional.of(12);
          case TERMLY -> Optional.empty();
        });
    if (covered.isEmpty() && !rm.get().entries().containsKey("months")) {
      f.error(n, "a termly line's reference period needs 'months:', how many months each figure describes");
    }
    if (lag.isEmpty() || covered.isEmpty() || (rm.get().entries().containsKey("available_after") && after.isEmpty())) {
      return Optional.empty();
    }
    return Optional.of(new ReferencePeriodRule(lag.get(), covered.get(), after));
  }

  private static boolean isName(YamlFields f, YamlNode.Mapping m, String key, String what, String value) {
    if (!ID.matcher(value).matches()) {
      f.error(m.entries().get(key), "expected " + what + " of lower-case letters, digits and hyphens, found '"
          + value + "'");
      return false;
    }
    return true;
  }

  private static String defaultDataNote(Unit unit, Behaviour behaviour) {
    return behaviour == Behaviour.YEAR_TO_DATE_AVERAGE ? "YTD Average" : unit.label();
  }

  private Optional<ReportingYear> year(YamlNode n, YamlFields f, YearKind kind) {
    return f.text(n).flatMap(t -> {
      try {
        return Optional.of(ReportingYear.parse(t, kind));
      } catch (IllegalArgumentException e) {
        f.error(n, e.getMessage());
        return Optional.empty();
      }
    });
  }

  private Optional<Tolerance> tolerance(YamlNode n, YamlFields f, Polarity polarity) {
    Optional<YamlNode.Mapping> tm = f.mapping(n, "tolerances such as {green: 95, amber: 87}");
    if (tm.isEmpty()) {
      return Optional.empty();
    }
    f.onlyKeys(tm.get(), Set.of("green", "amber", "target_year"));
    if (polarity == Polarity.INFO) {
      f.error(n, "an information-only indicator (polarity: info) cannot have RAG tolerances; "
          + "remove them or set polarity to high or low");
      return Optional.empty();
    }
    Optional<BigDecimal> green = f.required(tm.get(), "green").flatMap(f::number);
    Optional<BigDecimal> amber = f.optional(tm.get(), "amber").flatMap(f::number);
    if (green.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(new Tolerance(polarity, green.get(), amber.orElse(null),
          f.optionalText(tm.get(), "target_year").orElse("")));
    } catch (IllegalArgumentException e) {
      f.error(n, "contradictory tolerances: " + e.getMessage());
      return Optional.empty();
    }
  }
}
