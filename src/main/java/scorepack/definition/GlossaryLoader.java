package scorepack.definition;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import scorepack.diagnostic.Diagnostics;
import scorepack.diagnostic.FileFailure;

/** Loads {@code glossary.yaml}: the terms every pack's appendix draws on. */
public final class GlossaryLoader {
  private final Diagnostics diagnostics;
  private final Limits limits;

  public GlossaryLoader(Diagnostics diagnostics) {
    this(diagnostics, Limits.DEFAULT);
  }

  /** @param limits the largest file read */
  public GlossaryLoader(Diagnostics diagnostics, Limits limits) {
    this.diagnostics = diagnostics;
    this.limits = limits;
  }

  /** The definitions by term, in file order; empty if the file is absent. */
  public Map<String, String> load(Path file, Path displayBase) {
    String name = YamlFiles.display(file, displayBase);
    if (!Files.exists(file)) {
      return Map.of();
    }
    try (Reader r = YamlFiles.open(file, limits)) {
      return load(r, name);
    } catch (IOException e) {
      diagnostics.error(name, 0, 0, "", "cannot be read: " + FileFailure.reading(e));
      return Map.of();
    }
  }

  public Map<String, String> load(Reader reader, String file) {
    YamlFields f = new YamlFields(file, diagnostics);
    Map<String, String> terms = new LinkedHashMap<>();
    Optional<YamlNode.Mapping> root =
        new YamlTreeReader(file, diagnostics).read(reader).flatMap(n -> f.mapping(n, "a document with 'terms:'"));
    if (root.isEmpty()) {
      return terms;
    }
    f.onlyKeys(root.get(), Set.of("terms"));
    for (YamlNode item : f.required(root.get(), "terms").map(n -> f.list(n, "terms")).orElse(List.of())) {
      f.mapping(item, "a term {term: ..., definition: ...}").ifPresent(m -> {
        f.onlyKeys(m, Set.of("term", "definition"));
        Optional<String> term = f.requiredText(m, "term");
        Optional<String> definition = f.requiredText(m, "definition");
        if (term.isPresent() && definition.isPresent() && terms.put(term.get(), definition.get()) != null) {
          f.error(m, "the term '" + term.get() + "' is defined twice; expected each term once");
        }
      });
    }
    return terms;
  }
}
