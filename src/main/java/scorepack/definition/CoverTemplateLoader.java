package scorepack.definition;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import scorepack.diagnostic.Diagnostics;
import scorepack.diagnostic.Suggestions;

/**
 * Loads {@code templates/covers/*.yaml}, one covering report per pack, and checks each against its
 * pack's template. The folder is optional: a workspace without it has no covers.
 */
public final class CoverTemplateLoader {
  private static final Set<String> KEYS = Set.of("committee", "meeting_date", "title", "key_decision", "director",
      "authors", "wards", "summary", "recommendations", "appendices", "declarations", "background", "services",
      "draft");
  private static final Set<String> PERSON_KEYS = Set.of("name", "role", "contact");
  private static final Set<String> SERVICE_KEYS = Set.of("title", "sections", "indicators", "working_well", "focus");
  /** The standing questions of the house format, answered as a report of performance usually is. */
  private static final List<CoverTemplate.Declaration> DEFAULT_DECLARATIONS = List.of(
      new CoverTemplate.Declaration("Background papers", "None"),
      new CoverTemplate.Declaration("Consideration by any other Council Committee, Scrutiny or Advisory Panel", "No"),
      new CoverTemplate.Declaration("Council approval required", "No"),
      new CoverTemplate.Declaration("Exempt from the press and public", "No"));
  /** How many lines each list of key issues holds when the template does not say. */
  static final int DEFAULT_ITEMS = 3;
  private static final int MAX_ITEMS = 20;
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{[^{}]*\\}");

  private final Diagnostics diagnostics;
  private final Limits limits;

  public CoverTemplateLoader(Diagnostics diagnostics, Limits limits) {
    this.diagnostics = diagnostics;
    this.limits = limits;
  }

  /** Loads every cover in the folder, by pack id; none if the folder does not exist. */
  public Map<String, CoverTemplate> loadFolder(Path folder, Path displayBase) {
    return Files.isDirectory(folder) ? YamlFiles.readEach(folder, displayBase, limits, diagnostics, this::load)
        : Map.of();
  }

  /** Loads one cover document. */
  public Optional<CoverTemplate> load(Reader reader, String file, String packId) {
    YamlFields f = new YamlFields(file, diagnostics);
    Optional<YamlNode.Mapping> root =
        new YamlTreeReader(file, diagnostics).read(reader).flatMap(n -> f.mapping(n, "a covering report template"));
    if (root.isEmpty()) {
      return Optional.empty();
    }
    YamlNode.Mapping m = root.get();
    f.onlyKeys(m, KEYS);
    Optional<String> committee = f.requiredText(m, "committee").map(t -> checked(t, m, "committee", f));
    Optional<String> title = f.requiredText(m, "title").map(t -> checked(t, m, "title", f));
    CoverTemplate.Person director = f.optional(m, "director").flatMap(n -> person(n, f))
        .orElse(new CoverTemplate.Person("", "", ""));
    List<CoverTemplate.Person> authors = new ArrayList<>();
    f.optional(m, "authors").ifPresent(n -> f.list(n, "authors {name: ..., role: ..., contact: ...}")
        .forEach(a -> person(a, f).ifPresent(authors::add)));
    List<CoverTemplate.Declaration> declarations = f.optional(m, "declarations").map(n -> declarations(n, f))
        .orElse(DEFAULT_DECLARATIONS);
    List<CoverTemplate.Service> services = new ArrayList<>();
    f.optional(m, "services").ifPresent(n -> f.list(n, "services {title: ..., sections: [...]}")
        .forEach(s -> f.mapping(s, "a service {title: ..., sections: [...], indicators: [...]}")
            .flatMap(sm -> service(sm, f)).ifPresent(services::add)));
    boolean draft = f.optional(m, "draft").flatMap(n -> f.choice(n, Map.of("true", true, "false", false,
        "yes", true, "no", false))).orElse(true);
    if (committee.isEmpty() || title.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new CoverTemplate(packId, file, committee.get(), optional(m, "meeting_date", f),
        title.get(), f.optionalText(m, "key_decision").orElse("No"), director, authors,
        f.optionalText(m, "wards").orElse("All"), paragraphs(m, "summary", f), paragraphs(m, "recommendations", f),
        paragraphs(m, "appendices", f), declarations, paragraphs(m, "background", f), services, draft));
  }

  /**
   * Checks the cover against its pack: the pack exists, and each service names sections and lines
   * the pack's scorecard shows.
   */
  public void check(CoverTemplate cover, Map<String, Template> templates) {
    Template pack = templates.get(cover.packId());
    if (pack == null) {
      diagnostics.error(cover.file(), 0, 0, "", "covers the pack '" + cover.packId() + "', which has no template"
          + Suggestions.didYouMean(cover.packId(), templates.keySet()) + "; expected a cover named after one of "
          + String.join(", ", templates.keySet()));
      return;
    }
    List<String> sections = pack.sections().stream().map(Template.SectionSpec::title).toList();
    List<String> indicators = pack.sections().stream().flatMap(s -> s.rows().stream())
        .map(Template.RowSpec::indicator).distinct().toList();
    for (CoverTemplate.Service service : cover.services()) {
      for (String s : service.sections()) {
        if (!sections.contains(s)) {
          diagnostics.error(cover.file(), service.line(), service.column(), "services." + service.title(),
              "the section '" + s + "' is not in " + pack.file() + Suggestions.didYouMean(s, sections)
                  + "; expected one of " + String.join(", ", sections));
        }
      }
      for (String i : service.indicators()) {
        if (!indicators.contains(i)) {
          diagnostics.error(cover.file(), service.line(), service.column(), "services." + service.title(),
              "the indicator '" + i + "' is not on the scorecard of " + pack.file() + Suggestions.didYouMean(i,
                  indicators));
        }
      }
    }
  }

  private Optional<CoverTemplate.Service> service(YamlNode.Mapping m, YamlFields f) {
    f.onlyKeys(m, SERVICE_KEYS);
    Optional<String> title = f.requiredText(m, "title");
    List<String> sections = f.optional(m, "sections").map(f::textList).orElse(List.of());
    List<String> indicators = f.optional(m, "indicators").map(f::textList).orElse(List.of());
    if (sections.isEmpty() && indicators.isEmpty()) {
      f.error(m, "a service draws on no lines; expected sections: [...] or indicators: [...]");
    }
    int well = f.optional(m, "working_well").flatMap(n -> f.wholeNumber(n, 0, MAX_ITEMS)).orElse(DEFAULT_ITEMS);
    int focus = f.optional(m, "focus").flatMap(n -> f.wholeNumber(n, 0, MAX_ITEMS)).orElse(DEFAULT_ITEMS);
    return title.map(t -> new CoverTemplate.Service(t, sections, indicators, well, focus, m.line(), m.column()));
  }

  private Optional<CoverTemplate.Person> person(YamlNode n, YamlFields f) {
    return f.mapping(n, "a person {name: ..., role: ..., contact: ...}").map(pm -> {
      f.onlyKeys(pm, PERSON_KEYS);
      return new CoverTemplate.Person(optional(pm, "name", f), optional(pm, "role", f), optional(pm, "contact", f));
    });
  }

  private List<CoverTemplate.Declaration> declarations(YamlNode n, YamlFields f) {
    List<CoverTemplate.Declaration> out = new ArrayList<>();
    for (YamlNode item : f.list(n, "declarations {label: ..., answer: ...}")) {
      f.mapping(item, "a declaration {label: ..., answer: ...}").ifPresent(dm -> {
        f.onlyKeys(dm, Set.of("label", "answer"));
        Optional<String> label = f.requiredText(dm, "label");
        Optional<String> answer = f.requiredText(dm, "answer");
        if (label.isPresent() && answer.isPresent()) {
          out.add(new CoverTemplate.Declaration(label.get(), checked(answer.get(), dm, "answer", f)));
        }
      });
    }
    return out;
  }

  /** A paragraph or a list of them. */
  private List<String> paragraphs(YamlNode.Mapping m, String key, YamlFields f) {
    return f.optional(m, key).map(f::textList).orElse(List.of()).stream().map(t -> checked(t, m, key, f)).toList();
  }

  private String optional(YamlNode.Mapping m, String key, YamlFields f) {
    return f.optionalText(m, key).map(t -> checked(t, m, key, f)).orElse("");
  }

  /** Reports a placeholder the report cannot fill in. */
  private static String checked(String text, YamlNode.Mapping m, String key, YamlFields f) {
    Matcher found = PLACEHOLDER.matcher(text);
    while (found.find()) {
      if (!CoverTemplate.PLACEHOLDERS.contains(found.group())) {
        f.error(m.entries().get(key), "unknown placeholder '" + found.group() + "'"
            + Suggestions.didYouMean(found.group(), CoverTemplate.PLACEHOLDERS) + "; expected one of "
            + String.join(", ", CoverTemplate.PLACEHOLDERS));
      }
    }
    return text;
  }
}
