package scorepack.definition;

import java.io.Reader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import scorepack.diagnostic.Diagnostics;
import scorepack.diagnostic.Suggestions;
import scorepack.engine.MonthColumns;

/** Loads {@code templates/*.yaml}, one scorecard layout per file, and checks it against the definitions. */
public final class TemplateLoader {
  private static final Set<String> KEYS = Set.of("title", "scorecard_title", "author", "details", "vision",
      "revision_note", "dot_key_intro", "columns", "month_columns", "sections", "glossary", "key_facts", "charts",
      "headline_rag", "benchmarks_as_of", "public_edition", "paper");
  /** The columns a template may name as the RAG column its summary counts. */
  private static final List<String> RAG_COLUMNS = List.of("rag_month", "rag_year");
  /** The column names a template may use. */
  public static final List<String> COLUMN_NAMES = List.of("ref", "indicator", "codes", "timeline", "data_note",
      "month", "ytd", "outturn", "polarity", "dot_month", "rag_month", "dot_year", "rag_year", "red", "amber",
      "green", "previous_year", "trend", "sn_average", "best_sn", "national", "top_quartile", "regional",
      "quartile_band", "rank", "spc_variation", "spc_assurance", "spc_mean", "spc_upper", "spc_lower");
  /**
   * The figure columns each judgement column rests on (docs/rules.md): a month RAG or DOT needs the
   * month columns, a year RAG the year to date (or outturn), a year DOT that and the previous year.
   */
  private static final Map<String, List<String>> JUDGEMENT_NEEDS = new TreeMap<>(Map.of(
      "rag_month", List.of("month"), "dot_month", List.of("month"), "rag_year", List.of("ytd"),
      "dot_year", List.of("ytd", "previous_year")));

  private final Diagnostics diagnostics;
  private final Limits limits;
  /** Where each template lists each glossary term, by file, so that check can say where a term is. */
  private final Map<String, Map<String, YamlNode>> glossaryPlaces = new ConcurrentHashMap<>();

  public TemplateLoader(Diagnostics diagnostics) {
    this(diagnostics, Limits.DEFAULT);
  }

  /** @param limits the largest file read */
  public TemplateLoader(Diagnostics diagnostics, Limits limits) {
    this.diagnostics = diagnostics;
    this.limits = limits;
  }

  /** Loads every template in the folder, by pack id. */
  public Map<String, Template> loadFolder(Path folder, Path displayBase) {
    return YamlFiles.readEach(folder, displayBase, limits, diagnostics, this::load);
  }

  /** Loads one template document. */
  public Optional<Template> load(Reader reader, String file, String id) {
    YamlFields f = new YamlFields(file, diagnostics);
    Optional<YamlNode.Mapping> root =
        new YamlTreeReader(file, diagnostics).read(reader).flatMap(n -> f.mapping(n, "a scorecard template"));
    if (root.isEmpty()) {
      return Optional.empty();
    }
    YamlNode.Mapping m = root.get();
    f.onlyKeys(m, KEYS);
    Optional<String> title = f.requiredText(m, "title");
    String scorecardTitle = f.optionalText(m, "scorecard_title").orElse(title.orElse(""));
    String author = f.optionalText(m, "author").orElse("");
    List<Template.Detail> details = new ArrayList<>();
    f.optional(m, "details").ifPresent(n -> {
      for (YamlNode item : f.list(n, "document details, e.g. - {label: Status, value: Issue 1}")) {
        f.mapping(item, "a detail {label: ..., value: ...}").ifPresent(dm -> {
          f.onlyKeys(dm, Set.of("label", "value"));
          Optional<String> label = f.requiredText(dm, "label");
          Optional<String> value = f.requiredText(dm, "value");
          if (label.isPresent() && value.isPresent()) {
            details.add(new Template.Detail(label.get(), value.get(), dm.line(), dm.column()));
          }
        });
      }
    });
    List<Template.ColumnSpec> columns = f.required(m, "columns").map(n -> columns(n, f)).orElse(List.of());
    int months = f.optional(m, "month_columns").flatMap(n -> f.wholeNumber(n, 1, MonthColumns.MAX))
        .orElse(Template.DEFAULT_MONTH_COLUMNS);
    List<Template.SectionSpec> sections = new ArrayList<>();
    f.required(m, "sections").ifPresent(n -> {
      for (YamlNode s : f.list(n, "sections")) {
        f.mapping(s, "a section {title: ..., rows: [...]}").ifPresent(sm -> sections.add(section(sm, f, columns)));
      }
    });
    List<String> glossary = f.optional(m, "glossary").map(f::textList).orElse(List.of());
    f.optional(m, "glossary").ifPresent(n -> glossaryPlaces.put(file, places(n)));
    List<Template.Topic> keyFacts = new ArrayList<>();
    f.optional(m, "key_facts").ifPresent(n -> {
      for (YamlNode t : f.list(n, "key-fact topics {title: ..., text: ..., facts: [...]}")) {
        f.mapping(t, "a topic {title: ..., text: ..., facts: [...]}").ifPresent(tm -> keyFacts.add(topic(tm, f)));
      }
    });
    String headline = f.optional(m, "headline_rag").flatMap(n -> headlineRag(n, columns, f)).orElse("");
    if (title.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Template(id, file, title.get(), scorecardTitle, author, details,
        f.optionalText(m, "vision").orElse(""), f.optionalText(m, "revision_note").orElse(""),
        f.optionalText(m, "dot_key_intro").orElse(""), columns, months, sections, glossary, keyFacts,
        f.optional(m, "charts").flatMap(n -> f.choice(n, Map.of("all", true, "marked", false))).orElse(false),
        headline, f.optional(m, "benchmarks_as_of").flatMap(n -> day(n, f)), Optional.empty(),
        f.optional(m, "public_edition").flatMap(n -> SuppressionReader.edition(n, f)),
        f.optional(m, "paper").flatMap(n -> f.choice(n, Map.of("a3", Template.Paper.A3, "a4", Template.Paper.A4)))
            .orElse(Template.Paper.A3)));
  }

  /** A day written YYYY-MM-DD. */
  private static Optional<LocalDate> day(YamlNode n, YamlFields f) {
    Optional<String> text = f.text(n);
    try {
      return text.map(LocalDate::parse);
    } catch (DateTimeParseException e) {
      f.error(n, "expected a day as YYYY-MM-DD, found '" + text.orElse("") + "'");
      return Optional.empty();
    }
  }

  /** The RAG column the summary counts: one of the RAG columns the template prints. */
  /** Each term of a {@code glossary:} list with the node that names it. */
  private static Map<String, YamlNode> places(YamlNode n) {
    Map<String, YamlNode> places = new LinkedHashMap<>();
    if (n instanceof YamlNode.Sequence seq) {
      for (YamlNode item : seq.items()) {
        if (item instanceof YamlNode.Scalar term && term.text() != null) {
          places.putIfAbsent(term.text(), item);
        }
      }
    }
    return places;
  }

  private static Optional<String> headlineRag(YamlNode n, List<Template.ColumnSpec> columns, YamlFields f) {
    Optional<String> name = f.text(n);
    if (name.isEmpty()) {
      return Optional.empty();
    }
    List<String> printed = columns.stream().map(Template.ColumnSpec::field).filter(RAG_COLUMNS::contains).toList();
    if (!printed.contains(name.get())) {
      f.error(n, "headline_rag '" + name.get() + "' is not a RAG column this template prints"
          + Suggestions.didYouMean(name.get(), printed) + "; expected " + (printed.isEmpty()
              ? "no headline_rag, as the template prints no RAG column" : "one of " + String.join(", ", printed)));
      return Optional.empty();
    }
    return name;
  }

  /**
   * Notes each document detail that gives the council or contact which {@code scorepack.yaml} also
   * gives: the template's is printed, and the note says where, so the override is a choice.
   */
  public void notePublicationOverrides(Template template, Publication publication) {
    for (Template.Detail detail : template.details()) {
      Optional<String> setting = detail.label().equalsIgnoreCase(Publication.COUNCIL_LABEL) ? publication.council()
          : detail.label().equalsIgnoreCase(Publication.CONTACT_LABEL) ? publication.contact() : Optional.empty();
      setting.ifPresent(value -> diagnostics.note(template.file(), detail.line(), detail.column(), "details",
          "the template's " + detail.label() + " '" + detail.value() + "' is printed instead of '" + value
          + "' from scorepack.yaml (" + detail.label().toLowerCase(Locale.ROOT) + ":); leave it out to"
          + " print the workspace's"));
    }
  }

  private Template.Topic topic(YamlNode.Mapping tm, YamlFields f) {
    f.onlyKeys(tm, Set.of("title", "text", "facts", "charts"));
    List<String> paragraphs = f.optional(tm, "text")
        .map(n -> n instanceof YamlNode.Scalar ? f.text(n).map(List::of).orElse(List.<String>of()) : f.textList(n))
        .orElse(List.of());
    List<Template.FactSpec> facts = new ArrayList<>();
    f.optional(tm, "facts").ifPresent(n -> {
      for (YamlNode item : f.list(n, "facts, e.g. - {indicator: admissions, figure: ytd, text: Admissions (ytd)}")) {
        f.mapping(item, "a fact {indicator: ..., figure: latest|ytd, text: ...}").ifPresent(fm -> {
          f.onlyKeys(fm, Set.of("indicator", "breakdown", "figure", "text", "note"));
          Optional<String> indicator = f.requiredText(fm, "indicator");
          Optional<String> text = f.requiredText(fm, "text");
          Optional<Boolean> yearToDate = f.optional(fm, "figure")
              .flatMap(fn -> f.choice(fn, Map.of("latest", false, "ytd", true)));
          if (indicator.isPresent() && text.isPresent()) {
            facts.add(new Template.FactSpec(indicator.get(), f.optionalText(fm, "breakdown").orElse(""),
                yearToDate.orElse(false), text.get(), f.optionalText(fm, "note").orElse(""), fm.line(), fm.column()));
          }
        });
      }
    });
    List<String> charts = f.optional(tm, "charts").map(f::textList).orElse(List.of());
    return new Template.Topic(f.optionalText(tm, "title").orElse(""), paragraphs, facts, charts);
  }

  private List<Template.ColumnSpec> columns(YamlNode n, YamlFields f) {
    List<Template.ColumnSpec> out = new ArrayList<>();
    Map<String, YamlNode> at = new HashMap<>();
    for (YamlNode item : f.list(n, "column names")) {
      Optional<String> field;
      String heading = "";
      if (item instanceof YamlNode.Mapping cm) {
        f.onlyKeys(cm, Set.of("field", "heading"));
        field = f.requiredText(cm, "field");
        heading = f.optionalText(cm, "heading").orElse("");
        item = cm.entries().getOrDefault("field", item);
      } else {
        field = f.text(item);
      }
      if (field.isPresent() && !COLUMN_NAMES.contains(field.get())) {
        f.error(item, "unknown column '" + field.get() + "'" + Suggestions.didYouMean(field.get(), COLUMN_NAMES)
            + "; expected one of " + String.join(", ", COLUMN_NAMES));
      } else if (field.isPresent()) {
        out.add(new Template.ColumnSpec(field.get(), heading));
        at.put(field.get(), item);
      }
    }
    Set<String> printed = new HashSet<>(at.keySet());
    if (printed.contains("outturn")) {
      printed.add("ytd");
    }
    for (Map.Entry<String, List<String>> rests : JUDGEMENT_NEEDS.entrySet()) {
      YamlNode judgement = at.get(rests.getKey());
      List<String> absent = rests.getValue().stream().filter(c -> !printed.contains(c)).toList();
      if (judgement != null && !absent.isEmpty()) {
        f.error(judgement, "column '" + rests.getKey() + "' judges figures this template does not print; add the "
            + String.join(" and ", absent) + " column" + (absent.size() > 1 ? "s" : "")
            + " (a judgement must rest on figures the pack prints)");
      }
    }
    return out;
  }

  private Template.SectionSpec section(YamlNode.Mapping sm, YamlFields f, List<Template.ColumnSpec> columns) {
    f.onlyKeys(sm, Set.of("title", "rows", "periods"));
    Template.Periods periods = f.optional(sm, "periods")
        .flatMap(n -> f.choice(n, Map.of("months", Template.Periods.MONTHS, "terms", Template.Periods.TERMS)))
        .orElse(Template.Periods.MONTHS);
    if (periods == Template.Periods.TERMS && columns.stream().noneMatch(c -> c.field().equals("month"))) {
      f.error(sm.entries().get("periods"), "'periods: terms' sets what the month column prints, and this template"
          + " has no month column; add 'month' to its columns");
    }
    List<Template.RowSpec> rows = new ArrayList<>();
    List<Map.Entry<Template.RowSpec, YamlNode>> dotSources = new ArrayList<>();
    f.required(sm, "rows").ifPresent(n -> {
      for (YamlNode r : f.list(n, "rows")) {
        f.mapping(r, "a row {ref: ..., indicator: ...}").ifPresent(rm -> {
          f.onlyKeys(rm, Set.of("ref", "indicator", "codes", "breakdowns", "chart", "dot_month_from"));
          Optional<String> ref = f.requiredText(rm, "ref");
          Optional<String> indicator = f.requiredText(rm, "indicator");
          List<String> codes = f.optional(rm, "codes").map(f::textList).orElse(List.of());
          List<String> breakdowns = f.optional(rm, "breakdowns").map(f::textList).orElse(List.of());
          Optional<String> dotMonthFrom = f.optionalText(rm, "dot_month_from");
          if (ref.isPresent() && indicator.isPresent()) {
            boolean chart = f.optional(rm, "chart").flatMap(c -> f.choice(c, Map.of("true", true, "false", false)))
                .orElse(false);
            Template.RowSpec row = new Template.RowSpec(ref.get(), indicator.get(), codes, breakdowns, rm.line(),
                rm.column(), chart, dotMonthFrom);
            rows.add(row);
            dotMonthFrom.ifPresent(d -> dotSources.add(Map.entry(row, rm.entries().get("dot_month_from"))));
          }
        });
      }
    });
    dotSources.forEach(e -> checkDotSource(e.getKey(), rows, e.getValue(), f));
    return new Template.SectionSpec(f.optionalText(sm, "title").orElse(""), rows, periods);
  }

  /**
   * A row that takes its DOT (month) from another line shares its printed row with it (an annual
   * line and its monthly line): that line must be another row of the section under the same ref,
   * with the same breakdowns.
   */
  private static void checkDotSource(Template.RowSpec row, List<Template.RowSpec> rows, YamlNode node, YamlFields f) {
    String from = row.dotMonthFrom().orElseThrow();
    boolean shares = rows.stream().anyMatch(r -> r != row && r.ref().equals(row.ref()) && r.indicator().equals(from)
        && r.breakdowns().equals(row.breakdowns()) && !r.indicator().equals(row.indicator()));
    if (!shares) {
      f.error(node, "'" + from + "' is not another line of this section under ref " + row.ref()
          + " with the same breakdowns; a line takes its DOT (month) only from the line it shares its row with");
    }
  }

  /**
   * Reports rows and key facts naming unknown indicators or breakdowns, and glossary terms the
   * glossary lacks.
   */
  public void check(Template t, Map<String, DefinedIndicator> indicators, Set<String> glossaryTerms) {
    check(t, indicators, Set.of(), glossaryTerms);
  }

  /**
   * As {@link #check(Template, Map, Set)}, saying nothing of indicators whose definitions had
   * errors (already reported).
   */
  public void check(Template t, Map<String, DefinedIndicator> indicators, Set<String> defective,
      Set<String> glossaryTerms) {
    for (Template.SectionSpec s : t.sections()) {
      for (Template.RowSpec r : s.rows()) {
        checkLine(t, r.line(), r.column(), "row " + r.ref(), r.indicator(), r.breakdowns(), indicators, defective);
      }
    }
    for (Template.Topic topic : t.keyFacts()) {
      for (String chart : topic.charts()) {
        checkLine(t, 0, 0, "key facts '" + topic.title() + "' chart", chart, List.of(), indicators, defective);
      }
      for (Template.FactSpec fact : topic.facts()) {
        checkLine(t, fact.line(), fact.column(), "key fact '" + fact.text() + "'", fact.indicator(),
            fact.breakdown().isEmpty() ? List.of() : List.of(fact.breakdown()), indicators, defective);
      }
    }
    Map<String, YamlNode> places = glossaryPlaces.getOrDefault(t.file(), Map.of());
    for (String term : t.glossaryTerms()) {
      if (!glossaryTerms.contains(term)) {
        YamlNode at = places.get(term);
        diagnostics.error(t.file(), at == null ? 0 : at.line(), at == null ? 0 : at.column(),
            at == null ? "glossary" : at.path(), "the term '" + term + "' is not in glossary.yaml"
            + Suggestions.didYouMean(term, glossaryTerms));
      }
    }
  }

  private void checkLine(Template t, int line, int column, String where, String indicator, List<String> breakdowns,
      Map<String, DefinedIndicator> indicators, Set<String> defective) {
    DefinedIndicator d = indicators.get(indicator);
    if (d == null && defective.contains(indicator)) {
      return;
    }
    if (d == null) {
      diagnostics.error(t.file(), line, column, where, "unknown indicator '" + indicator + "'"
          + Suggestions.didYouMean(indicator, indicators.keySet()) + "; expected an id defined in indicators/");
      return;
    }
    for (String b : breakdowns) {
      if (!d.definition().breakdowns().contains(b)) {
        diagnostics.error(t.file(), line, column, where, "unknown breakdown '" + b + "' for '" + indicator + "'"
            + Suggestions.didYouMean(b, d.definition().breakdowns()) + "; its definition lists "
            + (d.definition().breakdowns().isEmpty() ? "none" : String.join(", ", d.definition().breakdowns())));
      }
    }
  }
}
