package scorepack.definition;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.PatternSyntaxException;
import scorepack.diagnostic.Diagnostics;
import scorepack.diagnostic.FileFailure;
import scorepack.diagnostic.Severity;
import scorepack.diagnostic.Suggestions;

/**
 * Loads {@code sources/*.yaml}, the source mappings ({@link Source}), checking each against the
 * indicator definitions: every code maps to a known id, every breakdown word to a known breakdown.
 */
public final class SourceLoader {
  private static final Set<String> KEYS = Set.of("name", "description", "kind", "files", "layout", "sheets",
      "columns", "codes", "skip_codes", "breakdowns", "measures", "date_format", "encoding", "connection", "queries",
      "months", "timeout_seconds");
  /** Keys of a SQL source only. */
  private static final List<String> SQL_KEYS = List.of("connection", "queries", "months", "timeout_seconds");
  /** Keys a user might reach for to put a credential in the workspace, which is shared and often versioned. */
  private static final List<String> CREDENTIALS = List.of("url", "user", "password");
  private static final Map<String, String> KINDS = Map.of("file", "file", "sql", "sql");
  private static final Map<String, SourceLayout> LAYOUTS = Map.of("long", SourceLayout.LONG, "wide", SourceLayout.WIDE);
  private static final Map<String, Charset> ENCODINGS = Map.of("utf 8", StandardCharsets.UTF_8,
      "windows 1252", Charset.forName("windows-1252"), "cp1252", Charset.forName("windows-1252"),
      "iso 8859 1", StandardCharsets.ISO_8859_1, "latin 1", StandardCharsets.ISO_8859_1);
  private static final Map<String, SourceField> PARTS = Map.of("value", SourceField.VALUE,
      "numerator", SourceField.NUMERATOR, "denominator", SourceField.DENOMINATOR);

  private final Map<String, DefinedIndicator> indicators;
  private final Set<String> defective;
  private final Diagnostics diagnostics;
  private final Limits limits;

  /**
   * @param defective ids whose definitions had errors: a code mapped to one is not reported again
   * @param limits the largest file read
   */
  public SourceLoader(Map<String, DefinedIndicator> indicators, Set<String> defective, Diagnostics diagnostics,
      Limits limits) {
    this.indicators = indicators;
    this.defective = defective;
    this.diagnostics = diagnostics;
    this.limits = limits;
  }

  /** Every source in the folder, by name; no folder is no sources. */
  public List<Source> loadFolder(Path folder, Path displayBase) {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    Map<String, Source> byName = new LinkedHashMap<>();
    for (Path file : YamlFiles.list(folder, displayBase, diagnostics)) {
      String name = YamlFiles.display(file, displayBase);
      String stem = file.getFileName().toString().replaceFirst("\\.ya?ml$", "");
      try (Reader r = YamlFiles.open(file, limits)) {
        load(r, name, stem).ifPresent(s -> {
          Source earlier = byName.putIfAbsent(s.name(), s);
          if (earlier != null) {
            diagnostics.error(name, 0, 0, "name", "a second source named '" + s.name() + "' (the first is "
                + earlier.file() + "); expected each source's name once");
          }
        });
      } catch (IOException e) {
        diagnostics.error(name, 0, 0, "", "cannot be read: " + FileFailure.reading(e));
      }
    }
    return byName.values().stream().sorted(Comparator.comparing(Source::name)).toList();
  }

  /**
   * Reads one source mapping.
   *
   * @param stem the file's name without {@code .yaml}: the source's name unless it gives one
   */
  public Optional<Source> load(Reader reader, String file, String stem) {
    YamlFields f = new YamlFields(file, diagnostics);
    Optional<YamlNode.Mapping> read = new YamlTreeReader(file, diagnostics).read(reader)
        .flatMap(n -> f.mapping(n, "a source mapping (files:, layout:, columns:, codes: ...)"));
    if (read.isEmpty()) {
      return Optional.empty();
    }
    YamlNode.Mapping root = read.get();
    long errors = diagnostics.count(Severity.ERROR);
    f.onlyKeys(withoutCredentials(root), KEYS);
    f.optional(root, "description").ifPresent(f::text);
    String name = f.optional(root, "name").flatMap(f::text).orElse(stem);
    if (!Source.NAME.matcher(name).matches()) {
      diagnostics.error(file, root.line(), root.column(), "name", "the source name '" + name + "' cannot be part of"
          + " a file name; expected letters, digits, '.', '-' and '_' (at most 64), e.g. case-system");
    }
    String kind = f.optional(root, "kind").flatMap(n -> f.choice(n, KINDS)).orElse("file");
    SourceLayout layout = f.optional(root, "layout").flatMap(n -> f.choice(n, LAYOUTS)).orElse(SourceLayout.LONG);
    Optional<SourceOrigin> origin = kind.equals("sql") ? queries(root, f, layout) : files(root, f);
    Map<SourceField, String> columns = columns(root, f, layout);
    CodeMapping codes = codes(root, f);
    BreakdownWords breakdowns = breakdowns(root, f);
    Map<String, SourceField> measures = measures(root, f, layout);
    PeriodFormat periods = f.optional(root, "date_format").flatMap(n -> f.text(n).flatMap(p -> {
      try {
        return Optional.of(new PeriodFormat(p));
      } catch (IllegalArgumentException e) {
        f.error(n, "'" + p + "' is not a date format: " + e.getMessage() + "; expected e.g. MMM-yy for Apr-22,"
            + " yyyy-MM for 2022-04 or dd/MM/yyyy for 01/04/2022");
        return Optional.empty();
      }
    })).orElse(PeriodFormat.OWN);
    if (origin.isEmpty() || diagnostics.count(Severity.ERROR) > errors) {
      return Optional.empty();
    }
    return Optional.of(new Source(name, file, origin.get(), layout, columns, codes, breakdowns, measures, periods));
  }

  private Optional<SourceOrigin> files(YamlNode.Mapping root, YamlFields f) {
    for (String key : SQL_KEYS) {
      f.optional(root, key).ifPresent(n -> f.error(n, "'" + key + "' belongs to a source of kind: sql; expected"
          + " kind: sql, or files: for extract files"));
    }
    refuseCredentials(root, f);
    Optional<String> pattern = f.requiredText(root, "files").filter(p -> {
      YamlNode at = root.entries().get("files");
      if (p.contains("/") || p.contains("\\")) {
        f.error(at, "the pattern '" + p + "' names a folder; expected a pattern for the names of files in the data"
            + " folder, such as *-lcs-*.xlsx");
        return false;
      }
      try {
        new SourceOrigin.Files(p, List.of(), StandardCharsets.UTF_8);
        return true;
      } catch (PatternSyntaxException e) {
        f.error(at, "'" + p + "' is not a file pattern: " + e.getDescription() + "; expected e.g. *-lcs-*.xlsx");
        return false;
      }
    });
    List<String> sheets = f.optional(root, "sheets").map(f::textList).orElse(List.of());
    Charset encoding = f.optional(root, "encoding").flatMap(n -> f.choice(n, ENCODINGS)).orElse(StandardCharsets.UTF_8);
    return pattern.map(p -> new SourceOrigin.Files(p, sheets, encoding));
  }

  private Optional<SourceOrigin> queries(YamlNode.Mapping root, YamlFields f, SourceLayout layout) {
    for (String key : List.of("files", "sheets", "encoding")) {
      f.optional(root, key).ifPresent(n -> f.error(n, "'" + key + "' belongs to a source of kind: file; a SQL"
          + " source reads what its queries return"));
    }
    if (layout == SourceLayout.WIDE) {
      f.error(root.entries().get("layout"), "a SQL source returns one figure per row; expected layout: long");
    }
    refuseCredentials(root, f);
    Optional<String> connection = f.requiredText(root, "connection");
    int months = f.optional(root, "months").flatMap(n -> f.wholeNumber(n, 1, 120))
        .orElse(SourceOrigin.Queries.DEFAULT_MONTHS);
    int timeout = f.optional(root, "timeout_seconds").flatMap(n -> f.wholeNumber(n, 1, 86_400))
        .orElse(SourceOrigin.Queries.DEFAULT_TIMEOUT_SECONDS);
    List<SourceQuery> queries = new ArrayList<>();
    Set<String> names = new TreeSet<>();
    List<YamlNode> items = f.required(root, "queries").map(n -> f.list(n, "queries {name, sql}")).orElse(List.of());
    if (items.isEmpty() && root.entries().get("queries") instanceof YamlNode.Sequence) {
      f.error(root.entries().get("queries"), "expected at least one query {name: ..., sql: ...}, found none");
    }
    for (YamlNode item : items) {
      f.mapping(item, "a query {name: ..., sql: ...}").ifPresent(m -> {
        f.onlyKeys(m, Set.of("name", "indicator", "sql"));
        Optional<String> name = f.requiredText(m, "name");
        Optional<String> sql = f.requiredText(m, "sql");
        Optional<String> indicator = f.optionalText(m, "indicator");
        indicator.ifPresent(id -> knownId(f, m.entries().get("indicator"), id));
        name.filter(n -> !names.add(n)).ifPresent(n -> f.error(m.entries().get("name"), "a second query named '" + n
            + "'; expected each query's name once in a source"));
        if (name.isPresent() && sql.isPresent()) {
          queries.add(new SourceQuery(name.get(), indicator, sql.get(), m.line(), m.column()));
        }
      });
    }
    return connection.map(c -> new SourceOrigin.Queries(c, queries, months, timeout));
  }

  /** The mapping without the credential keys, which {@link #refuseCredentials} reports in its own words. */
  private static YamlNode.Mapping withoutCredentials(YamlNode.Mapping m) {
    Map<String, YamlNode> entries = new LinkedHashMap<>(m.entries());
    Map<String, YamlNode.Scalar> keys = new LinkedHashMap<>(m.keys());
    CREDENTIALS.forEach(k -> {
      entries.remove(k);
      keys.remove(k);
    });
    return new YamlNode.Mapping(entries, keys, m.path(), m.line(), m.column());
  }

  /** An address, user or password in a source would be read by everyone who reads the workspace. */
  private static void refuseCredentials(YamlNode.Mapping root, YamlFields f) {
    for (String key : CREDENTIALS) {
      f.optional(root, key).ifPresent(n -> f.error(root.keys().get(key), "'" + key + "' does not belong in a"
          + " source file, which everyone who reads the workspace reads; name the connection here ('connection:"
          + " NAME') and keep its address, user and password in the connections file or in"
          + " SCOREPACK_CONNECTION_NAME_* environment variables (sources/README.md)"));
    }
  }

  private Map<SourceField, String> columns(YamlNode.Mapping root, YamlFields f, SourceLayout layout) {
    Map<SourceField, String> columns = new EnumMap<>(SourceField.class);
    Map<String, SourceField> fields = new LinkedHashMap<>();
    for (SourceField field : SourceField.values()) {
      if (layout == SourceLayout.LONG ? field != SourceField.MEASURE
          : field == SourceField.INDICATOR || field == SourceField.BREAKDOWN || field == SourceField.MEASURE) {
        fields.put(field.column(), field);
      }
    }
    f.optional(root, "columns").flatMap(n -> f.mapping(n, "the column of each field, e.g. {indicator: Code}"))
        .ifPresent(m -> {
          f.onlyKeys(m, fields.keySet());
          Map<String, String> seen = new HashMap<>();
          m.entries().forEach((key, node) -> {
            SourceField field = fields.get(key);
            f.text(node).filter(h -> field != null).ifPresent(heading -> {
              String earlier = seen.put(heading.trim().toLowerCase(Locale.ROOT), key);
              if (earlier != null) {
                f.error(node, "the column '" + heading + "' is already given for " + earlier + "; expected each"
                    + " column once");
              }
              columns.put(field, heading.trim());
            });
          });
        });
    return columns;
  }

  private CodeMapping codes(YamlNode.Mapping root, YamlFields f) {
    Set<String> skipped = new TreeSet<>(f.optional(root, "skip_codes").map(f::textList).orElse(List.of()));
    Optional<YamlNode> node = f.optional(root, "codes");
    if (node.isEmpty()) {
      return new CodeMapping(CodeMatch.EXACT, Map.of(), skipped);
    }
    if (node.get() instanceof YamlNode.Scalar) {
      CodeMatch match = f.choice(node.get(), Map.of("exact", CodeMatch.EXACT, "ignore case", CodeMatch.IGNORE_CASE))
          .orElse(CodeMatch.EXACT);
      Map<String, String> ids = new HashMap<>();
      if (match == CodeMatch.IGNORE_CASE) {
        List<String> all = new ArrayList<>(indicators.keySet());
        all.addAll(defective);
        all.forEach(id -> ids.put(id.toLowerCase(Locale.ROOT), id));
      }
      return new CodeMapping(match, ids, skipped);
    }
    Map<String, String> ids = new HashMap<>();
    f.mapping(node.get(), "the indicator id of each code, e.g. {SC-CONTACTS: contacts}, or ignore-case")
        .ifPresent(m -> m.entries().forEach((code, target) -> f.text(target).ifPresent(id -> {
          knownId(f, target, id);
          if (skipped.contains(code)) {
            f.error(target, "the code '" + code + "' is also under skip_codes; expected it in one of the two");
          }
          ids.put(code, id);
        })));
    return new CodeMapping(CodeMatch.LISTED, ids, skipped);
  }

  private void knownId(YamlFields f, YamlNode at, String id) {
    if (!indicators.containsKey(id) && !defective.contains(id)) {
      f.error(at, "unknown indicator '" + id + "'" + Suggestions.didYouMean(id, indicators.keySet())
          + "; expected an id defined in indicators/");
    }
  }

  private BreakdownWords breakdowns(YamlNode.Mapping root, YamlFields f) {
    Set<String> known = new TreeSet<>();
    indicators.values().forEach(d -> known.addAll(d.definition().breakdowns()));
    Map<String, String> words = new HashMap<>();
    f.optional(root, "breakdowns").flatMap(n -> f.mapping(n, "our breakdown for each word, e.g. {All: '', FAM: Families}"))
        .ifPresent(m -> m.entries().forEach((word, target) -> {
          String ours = target instanceof YamlNode.Scalar s && s.text() == null ? "" : f.text(target).orElse("");
          if (!ours.isEmpty() && !known.contains(ours)) {
            f.error(target, "unknown breakdown '" + ours + "'" + Suggestions.didYouMean(ours, known) + "; expected ''"
                + " (the total line) or a breakdown an indicator defines: " + String.join(", ", known));
          }
          if (words.put(word.trim().toLowerCase(Locale.ROOT), ours) != null) {
            f.error(m.keys().get(word), "the word '" + word + "' is given twice, in another case; expected each"
                + " word once (words are matched ignoring case)");
          }
        }));
    return new BreakdownWords(words);
  }

  private Map<String, SourceField> measures(YamlNode.Mapping root, YamlFields f, SourceLayout layout) {
    Map<String, SourceField> words = new HashMap<>(PARTS);
    f.optional(root, "measures").ifPresent(n -> {
      if (layout != SourceLayout.WIDE) {
        f.error(n, "measures: belongs to a wide source; a long source names its value, numerator and"
            + " denominator columns under columns:");
        return;
      }
      Map<String, SourceField> choices = new HashMap<>(PARTS);
      choices.put("skip", SourceField.MEASURE);
      f.mapping(n, "the part each word stands for, e.g. {Num: numerator, Den: denominator, '%': skip}")
          .ifPresent(m -> m.entries().forEach((word, target) -> f.choice(target, choices)
              .ifPresent(part -> words.put(word.trim().toLowerCase(Locale.ROOT), part))));
    });
    return words;
  }
}
