package scorepack.workspace;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import scorepack.definition.Commentary;
import scorepack.definition.CommentaryLoader;
import scorepack.definition.DefinedIndicator;
import scorepack.definition.GlossaryLoader;
import scorepack.definition.IndicatorDefinitionLoader;
import scorepack.definition.PlaceholderScan;
import scorepack.definition.Settings;
import scorepack.definition.SettingsLoader;
import scorepack.definition.Source;
import scorepack.definition.SourceLoader;
import scorepack.definition.Template;
import scorepack.definition.CoverTemplate;
import scorepack.definition.CoverTemplateLoader;
import scorepack.definition.TemplateLoader;
import scorepack.definition.YamlFiles;
import scorepack.diagnostic.Diagnostics;
import scorepack.diagnostic.InputProblemException;
import scorepack.extract.ExtractCutoff;
import scorepack.extract.ReferenceLoader;
import scorepack.extract.References;

/**
 * Reads a workspace: {@code indicators/}, {@code templates/}, {@code glossary.yaml},
 * {@code reference/} and the extracts folder. Every problem is added to the diagnostics; loading
 * goes on past errors so that one run reports them all.
 */
public final class WorkspaceLoader {
  private static final String GLOSSARY = "glossary.yaml";

  private WorkspaceLoader() {}

  /**
   * @param root the workspace folder
   * @param data the extracts folder
   * @param cutoff the day the run stands on: later rows are refused, or left out under --as-of
   */
  public static Workspace load(Path root, Path data, ExtractCutoff cutoff, Diagnostics diagnostics) {
    return loadDefinitions(root, diagnostics).withExtracts(data, cutoff, diagnostics);
  }

  /** The workspace with every extract dated up to today by the system clock. */
  public static Workspace load(Path root, Path data, Diagnostics diagnostics) {
    return load(root, data, ExtractCutoff.of(Optional.empty(), Clock.systemDefaultZone()), diagnostics);
  }

  /**
   * Everything but the extracts, to be shared by the authorities of a run.
   *
   * @throws InputProblemException when {@code root} holds none of a workspace's files
   */
  public static Definitions loadDefinitions(Path root, Diagnostics diagnostics) {
    requireWorkspace(root);
    Settings settings = new SettingsLoader(diagnostics).load(root.resolve(Definitions.SETTINGS), root);
    IndicatorDefinitionLoader definitions = new IndicatorDefinitionLoader(diagnostics, settings.spc(), settings.limits());
    Map<String, DefinedIndicator> indicators = definitions.loadFolder(root.resolve("indicators"), root);
    Set<String> defective = definitions.defectiveIds();
    Map<String, String> glossary = new GlossaryLoader(diagnostics, settings.limits()).load(root.resolve(GLOSSARY), root);
    TemplateLoader templateLoader = new TemplateLoader(diagnostics, settings.limits());
    Map<String, Template> templates = templateLoader.loadFolder(root.resolve("templates"), root);
    missingGlossary(root, templates, diagnostics);
    templates.values().forEach(t -> templateLoader.check(t, indicators, defective, glossary.keySet()));
    templates.values().forEach(t -> templateLoader.notePublicationOverrides(t, settings.publication()));
    CoverTemplateLoader coverLoader = new CoverTemplateLoader(diagnostics, settings.limits());
    Map<String, CoverTemplate> covers = coverLoader.loadFolder(root.resolve("templates").resolve("covers"), root);
    covers.values().forEach(c -> coverLoader.check(c, templates));
    covers.forEach((id, cover) -> templates.computeIfPresent(id, (key, t) -> t.withCover(cover)));
    References references = new ReferenceLoader(indicators, defective, settings.limits(), diagnostics)
        .loadFolder(root.resolve("reference"), root).withNeighbours(settings.neighbours());
    Commentary commentary = new CommentaryLoader(indicators, defective, diagnostics, settings.limits())
        .loadFolder(root.resolve(Definitions.COMMENTARY), root);
    List<Source> sources = new SourceLoader(indicators, defective, diagnostics, settings.limits())
        .loadFolder(root.resolve("sources"), root);
    PlaceholderScan.scan(root, settings.placeholders(), settings.limits(), diagnostics);
    return new Definitions(root, settings, indicators, defective, templates, glossary, references, commentary,
        sources, filesRead(root));
  }

  /** The files the loaders above read, each folder's in name order. */
  private static List<Path> filesRead(Path root) {
    List<Path> files = new ArrayList<>();
    for (String file : List.of(Definitions.SETTINGS, "glossary.yaml")) {
      if (Files.isRegularFile(root.resolve(file))) {
        files.add(root.resolve(file));
      }
    }
    files.addAll(YamlFiles.in(root.resolve("indicators")));
    files.addAll(YamlFiles.in(root.resolve("templates")));
    ReferenceLoader.FILES.stream().map(root.resolve("reference")::resolve).filter(Files::isRegularFile)
        .forEach(files::add);
    files.addAll(YamlFiles.in(root.resolve(Definitions.COMMENTARY)));
    files.addAll(YamlFiles.in(root.resolve("sources")));
    return files;
  }

  /** Templates that list glossary terms need glossary.yaml: say that it is missing, not only which terms are. */
  private static void missingGlossary(Path root, Map<String, Template> templates, Diagnostics diagnostics) {
    if (Files.exists(root.resolve(GLOSSARY))) {
      return;
    }
    List<String> users = templates.values().stream().filter(t -> !t.glossaryTerms().isEmpty()).map(Template::file)
        .sorted().toList();
    if (!users.isEmpty()) {
      diagnostics.error(GLOSSARY, 0, 0, "", "the file is missing, and " + String.join(", ", users)
          + " list glossary terms it should define; expected " + root.resolve(GLOSSARY) + " with"
          + " terms: - {term: ..., definition: ...} (scorepack init writes one to start from)");
    }
  }

  /**
   * A folder with none of {@code scorepack.yaml}, {@code indicators/} and {@code templates/} is
   * not a workspace at all: one error that says how to name or make one, not one per missing part.
   *
   * @throws InputProblemException when {@code root} is not a workspace
   */
  public static void requireWorkspace(Path root) {
    if (!Files.isDirectory(root)) {
      throw InputProblemException.of("--workspace", root + " is not a folder; expected the folder holding"
          + " indicators/, templates/ and glossary.yaml, or a new one made by 'scorepack init DIR'");
    }
    if (Stream.of("scorepack.yaml", "indicators", "templates").noneMatch(p -> Files.exists(root.resolve(p)))) {
      String where = root.toString().isEmpty() || root.equals(Path.of(".")) ? "the current folder" : root.toString();
      throw InputProblemException.of(root.toString(), where + " is not a scorepack workspace: it holds no"
          + " scorepack.yaml, indicators/ or templates/. Run scorepack in your workspace, name it with --workspace DIR,"
          + " or create one with 'scorepack init DIR'");
    }
  }
}
