package scorepack.workspace;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import scorepack.definition.Commentary;
import scorepack.definition.CommentaryLoader;
import scorepack.definition.DefinedIndicator;
import scorepack.definition.PlaceholderScan;
import scorepack.definition.Settings;
import scorepack.definition.SettingsLoader;
import scorepack.definition.Source;
import scorepack.definition.Template;
import scorepack.definition.YamlFiles;
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
 * @param files every file these were read from, for the run record
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
    List<Source> sources,
    List<Path> files) {
  /** The folder of commentary files, in the workspace and in an authority's extracts folder. */
  public static final String COMMENTARY = "commentary";
  /** The settings file, in the workspace and (council, contact, sample_data only) in an authority's folder. */
  public static final String SETTINGS = "scorepack.yaml";

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
    files = List.copyOf(files);
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
        SeriesAssembler.assemble(extracts.observations()), commentary, files);
  }

  /**
   * One authority's workspace, as a run over several builds it and {@code explain --authority}
   * explains it: its own commentary and settings over the shared ones, and the extracts of its folder.
   */
  public Workspace forAuthorityWithExtracts(Path folder, ExtractCutoff cutoff, Diagnostics diagnostics) {
    return forAuthority(folder, diagnostics).withExtracts(folder, cutoff, diagnostics);
  }

  /**
   * One authority's definitions in a run over several: its extracts folder may hold its own
   * {@code commentary/}, used instead of the workspace's, and its own {@code scorepack.yaml}, whose
   * council, contact and sample_data its packs print over the workspace's.
   */
  private Definitions forAuthority(Path folder, Diagnostics diagnostics) {
    Path ownCommentary = folder.resolve(COMMENTARY);
    Path ownSettings = folder.resolve(SETTINGS);
    if (!Files.isDirectory(ownCommentary) && !Files.isRegularFile(ownSettings)) {
      return this;
    }
    List<Path> read = new ArrayList<>(files);
    List<Path> own = new ArrayList<>();
    Commentary chosen = commentary;
    if (Files.isDirectory(ownCommentary)) {
      Path shared = root.resolve(COMMENTARY).toAbsolutePath().normalize();
      read.removeIf(f -> f.toAbsolutePath().normalize().startsWith(shared));
      chosen = new CommentaryLoader(indicators, defective, diagnostics, settings.limits()).loadFolder(ownCommentary, root);
      own.addAll(YamlFiles.in(ownCommentary));
    }
    Settings mine = settings;
    if (Files.isRegularFile(ownSettings)) {
      mine = settings.withPublication(new SettingsLoader(diagnostics).authorityPublication(ownSettings, root,
          settings.publication()));
      own.add(ownSettings);
    }
    PlaceholderScan.scanFiles(own, root, settings.placeholders(), settings.limits(), diagnostics);
    read.addAll(own);
    return new Definitions(root, mine, indicators, defective, templates, glossary, references, chosen, sources,
        read);
  }
}
