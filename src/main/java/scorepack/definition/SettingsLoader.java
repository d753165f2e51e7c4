package scorepack.definition;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import scorepack.diagnostic.Diagnostics;
import scorepack.diagnostic.FileFailure;
import scorepack.engine.NeighbourLists;
import scorepack.engine.PeriodCalendar;
import scorepack.engine.Rag;
import scorepack.engine.SmallNumbers;
import scorepack.engine.SpcSettings;

/**
 * Loads {@code scorepack.yaml}: the school terms, the statistical neighbours, the council and
 * contact the packs name, whether the figures are sample data, the placeholder patterns and the
 * process-control settings ({@link SpcSettingsReader}).
 *
 * <pre>
 * council: Anytown Metropolitan Borough Council
 * contact: performance@anytown.gov.uk
 * placeholders: { text: [illegible, "@example."], words: [TODO, TBC] }
 * authority: Exampleshire
 * terms:
 *   - { name: Autumn, last_month: December }
 * region: [Exampleshire, Otherborough]
 * statistical_neighbours:
 *   - { from: 2021-06, authorities: [A, B, C] }
 * spc: { baseline_points: 12 }
 * limits: { line_characters: 10000, yaml_file_kilobytes: 1000, xlsx_sheet_megabytes: 20 }
 * data: extracts
 * </pre>
 */
public final class SettingsLoader {
  /** Month names as YAML files write them, full or short ("January", "Jan"), in lower case. */
  static final Map<String, Month> MONTHS = new LinkedHashMap<>();

  static {
    for (Month m : Month.values()) {
      MONTHS.put(m.getDisplayName(TextStyle.FULL, Locale.UK).toLowerCase(Locale.ROOT), m);
      MONTHS.put(m.getDisplayName(TextStyle.SHORT, Locale.UK).toLowerCase(Locale.ROOT).replace("sept", "sep"), m);
    }
  }

  private final Diagnostics diagnostics;

  public SettingsLoader(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  public Settings load(Path file, Path displayBase) {
    if (!Files.exists(file)) {
      return Settings.defaults();
    }
    String name = YamlFiles.display(file, displayBase);
    try (Reader r = YamlFiles.open(file, Limits.DEFAULT)) {
      return load(r, name);
    } catch (IOException e) {
      diagnostics.error(name, 0, 0, "", "cannot be read: " + FileFailure.reading(e));
      return Settings.defaults();
    }
  }

  public Settings load(Reader reader, String file) {
    YamlFields f = new YamlFields(file, diagnostics);
    Optional<YamlNode.Mapping> root =
        new YamlTreeReader(file, diagnostics).read(reader).flatMap(n -> f.mapping(n, "workspace settings"));
    if (root.isEmpty()) {
      return Settings.defaults();
    }
    YamlNode.Mapping m = root.get();
    f.onlyKeys(m, Set.of("authority", "terms", "region", "statistical_neighbours", "revision_warning_percent",
        "commentary_required_for", "council", "contact", "sample_data", "placeholders", "spc",
        "limits", "data", "public_edition"));
    PeriodCalendar calendar = f.optional(m, "terms").map(n -> calendar(n, f)).orElse(PeriodCalendar.DEFAULT);
    Optional<String> authority = f.optionalText(m, "authority");
    List<String> region = f.optional(m, "region").map(f::textList).orElse(List.of());
    TreeMap<YearMonth, List<String>> lists = new TreeMap<>();
    f.optional(m, "statistical_neighbours").ifPresent(n -> {
      for (YamlNode item : f.list(n, "neighbour lists, e.g. - {from: 2021-06, authorities: [...]}")) {
        f.mapping(item, "a neighbour list {from: YYYY-MM, authorities: [...]}").ifPresent(lm -> {
          f.onlyKeys(lm, Set.of("from", "authorities"));
          Optional<YearMonth> from = f.required(lm, "from").flatMap(fn -> f.text(fn).flatMap(t -> {
            try {
              return Optional.of(YearMonth.parse(t));
            } catch (DateTimeParseException e) {
              f.error(fn, "expected the month the list came into force as YYYY-MM, found '" + t + "'");
              return Optional.empty();
            }
          }));
          List<String> authorities = f.required(lm, "authorities").map(f::textList).orElse(List.of());
          from.ifPresent(month -> lists.put(month, authorities));
        });
      }
    });
    if (authority.isEmpty() && (!lists.isEmpty() || !region.isEmpty())) {
      f.error(m, "statistical neighbours and a region need 'authority:', the name your authority has in"
          + " reference/authority-values.csv");
    }
    Optional<NeighbourLists> neighbours =
        authority.map(a -> new NeighbourLists(a, region, lists));
    BigDecimal revisionWarning = f.optional(m, "revision_warning_percent").flatMap(f::number)
        .orElse(Settings.DEFAULT_REVISION_WARNING_PERCENT);
    Set<Rag> commentaryRequiredFor = f.optional(m, "commentary_required_for")
        .map(n -> f.list(n, "RAG judgements, e.g. [red, amber]").stream()
            .flatMap(item -> f.choice(item, Map.of("red", Rag.RED, "amber", Rag.AMBER, "green", Rag.GREEN)).stream())
            .collect(Collectors.toSet()))
        .orElse(Set.of(Rag.RED));
    Publication publication = new Publication(f.optionalText(m, "council").filter(t -> !t.isBlank()),
        f.optionalText(m, "contact").filter(t -> !t.isBlank()),
        f.optional(m, "sample_data").flatMap(n -> f.choice(n, Map.of("true", true, "false", false))).orElse(false),
        f.optional(m, "public_edition").flatMap(n -> SuppressionReader.edition(n, f))
            .map(s -> s.over(SmallNumbers.DEFAULT)));
    PlaceholderPatterns placeholders = f.optional(m, "placeholders").map(n -> placeholders(n, f))
        .orElse(PlaceholderPatterns.DEFAULT);
    SpcSettings spc = f.optional(m, "spc").map(n -> SpcSettingsReader.workspace(n, f)).orElse(SpcSettings.defaults());
    Limits limits = f.optional(m, "limits").flatMap(n -> f.mapping(n, "input limits")).map(n -> limits(n, f))
        .orElse(Limits.DEFAULT);
    Optional<String> data = f.optionalText(m, "data").filter(t -> !t.isBlank());
    return new Settings(calendar, neighbours, revisionWarning, commentaryRequiredFor, publication, placeholders, spc,
        limits, data);
  }

  /**
   * Reads an authority's own {@code scorepack.yaml}, in its extracts folder: the council, contact and
   * sample-data flag its packs print, each over the shared one; anything else is set for the whole
   * workspace, and is an error here.
   */
  public Publication authorityPublication(Path file, Path displayBase, Publication shared) {
    String name = YamlFiles.display(file, displayBase);
    YamlFields f = new YamlFields(name, diagnostics);
    Optional<YamlNode.Mapping> root;
    try (Reader r = YamlFiles.open(file, Limits.DEFAULT)) {
      root = new YamlTreeReader(name, diagnostics).read(r).flatMap(n -> f.mapping(n, "one authority's settings"));
    } catch (IOException e) {
      diagnostics.error(name, 0, 0, "", "cannot be read: " + FileFailure.reading(e));
      return shared;
    }
    if (root.isEmpty()) {
      return shared;
    }
    YamlNode.Mapping m = root.get();
    for (YamlNode.Scalar key : m.keys().values()) {
      if (!Set.of("council", "contact", "sample_data").contains(key.text())) {
        f.error(key, "set for the whole workspace, in the workspace's scorepack.yaml; an authority's folder"
            + " may set only council, contact and sample_data");
      }
    }
    // The public edition's small-number rule is the workspace's: an authority's folder cannot weaken it.
    return new Publication(f.optionalText(m, "council").filter(t -> !t.isBlank()).or(shared::council),
        f.optionalText(m, "contact").filter(t -> !t.isBlank()).or(shared::contact),
        f.optional(m, "sample_data").flatMap(n -> f.choice(n, Map.of("true", true, "false", false)))
            .orElse(shared.sampleData()), shared.publicEdition());
  }

  private static Limits limits(YamlNode.Mapping m, YamlFields f) {
    f.onlyKeys(m, Set.of("line_characters", "yaml_file_kilobytes", "xlsx_sheet_megabytes"));
    Limits d = Limits.DEFAULT;
    return new Limits(
        f.optional(m, "line_characters").flatMap(n -> f.wholeNumber(n, 1, 10_000_000)).orElse(d.lineCharacters()),
        f.optional(m, "yaml_file_kilobytes").flatMap(n -> f.wholeNumber(n, 1, 1_000_000)).orElse(d.yamlFileKilobytes()),
        f.optional(m, "xlsx_sheet_megabytes").flatMap(n -> f.wholeNumber(n, 1, 2_000)).orElse(d.xlsxSheetMegabytes()));
  }

  /** {@code placeholders: {text: [...], words: [...]}}: both lists replace the defaults; an omitted one is empty. */
  private static PlaceholderPatterns placeholders(YamlNode n, YamlFields f) {
    return f.mapping(n, "the placeholder patterns {text: [...], words: [...]}").map(pm -> {
      f.onlyKeys(pm, Set.of("text", "words"));
      return new PlaceholderPatterns(f.optional(pm, "text").map(f::textList).orElse(List.of()),
          f.optional(pm, "words").map(f::textList).orElse(List.of()));
    }).orElse(PlaceholderPatterns.DEFAULT);
  }

  private PeriodCalendar calendar(YamlNode n, YamlFields f) {
    List<PeriodCalendar.Term> terms = new ArrayList<>();
    for (YamlNode item : f.list(n, "terms, e.g. - {name: Autumn, last_month: December}")) {
      f.mapping(item, "a term {name: ..., last_month: ...}").ifPresent(tm -> {
        f.onlyKeys(tm, Set.of("name", "last_month"));
        Optional<String> name = f.requiredText(tm, "name");
        Optional<Month> last = f.required(tm, "last_month").flatMap(x -> f.choice(x, MONTHS));
        if (name.isPresent() && last.isPresent()) {
          terms.add(new PeriodCalendar.Term(name.get(), last.get()));
        }
      });
    }
    return terms.isEmpty() ? PeriodCalendar.DEFAULT : new PeriodCalendar(terms);
  }
}
