package scorepack.workspace;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import scorepack.definition.Commentary;
import scorepack.definition.DefinedIndicator;
import scorepack.definition.Settings;
import scorepack.definition.Source;
import scorepack.definition.Template;
import scorepack.diagnostic.Diagnostics;
import scorepack.engine.SeriesAssembler;
import scorepack.extract.ExtractCutoff;
import scorepack.extract.ExtractLoader;
import scorepack.extract.Extracts;
import scorepack.extract.References;

/**
 * Everything in a workspace but the extracts: settings, definitions, templates, glossary and
 * reference data. Loaded once and shared by every authority a run builds packs for.
 *
 * @param root the workspace folder
 * @param settings workspace settings
 * @param indicators the valid definitions by id
 * @param defective ids of definitions that had errors (already reported)
 * @param templates the templates by pack id
 * @param glossary definitions by term
 * @param references population and benchmark reference data
 * @param commentary the performance officers' commentary, by month
 * @param sources the source mappings, {@code sources/*.yaml}, by name
 */
public record Definitions(
    Path root,
    Settings settings,
    Map<String, DefinedIndicator> indicators,
    Set<String> defective,
    Map<String, Template> templates,
    Map<String, String> glossary,
    References references,
    Commentary commentary,
    List<Source> sources) {
  public Definitions {
    Objects.requireNonNull(root, "root");
    Objects.requireNonNull(settings, "settings");
    indicators = Map.copyOf(indicators);
    defective = Set.copyOf(defective);
    templates = Map.copyOf(templates);
    glossary = Map.copyOf(glossary);
    Objects.requireNonNull(references, "references");
    Objects.requireNonNull(commentary, "commentary");
    sources = List.copyOf(sources);
  }

  /**
   * The workspace with one authority's extracts, read from {@code data}.
   *
   * @param cutoff the day the run stands on: later rows are refused, or left out under --as-of
   */
  public Workspace withExtracts(Path data, ExtractCutoff cutoff, Diagnostics diagnostics) {
    Extracts extracts = new ExtractLoader(indicators, defective, sources, cutoff, settings.limits(),
        diagnostics).loadFolder(data, root);
    return new Workspace(root, settings, indicators, templates, glossary, extracts, references,
        SeriesAssembler.assemble(extracts.observations()), commentary);
  }
}
