package scorepack.workspace;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.TreeMap;
import java.util.Map;
import java.util.Objects;
import scorepack.definition.Commentary;
import scorepack.definition.DefinedIndicator;
import scorepack.definition.Settings;
import scorepack.definition.Template;
import scorepack.engine.Series;
import scorepack.engine.SeriesKey;
import scorepack.extract.Extracts;
import scorepack.extract.References;

/**
 * Everything a month-end run reads, loaded and checked.
 *
 * @param root the workspace folder
 * @param settings workspace settings (terms, statistical neighbours)
 * @param indicators the indicator definitions by id
 * @param templates the scorecard templates by pack id
 * @param glossary glossary definitions by term
 * @param extracts the extract rows
 * @param references population and benchmark reference data
 * @param series the extract rows as series, after later extracts replaced earlier ones
 * @param commentary the performance officers' commentary, by month
 * @param definitionFiles every file the definitions were read from (the extracts' are in {@code extracts})
 */
public record Workspace(
    Path root,
    Settings settings,
    Map<String, DefinedIndicator> indicators,
    Map<String, Template> templates,
    Map<String, String> glossary,
    Extracts extracts,
    References references,
    Map<SeriesKey, Series> series,
    Commentary commentary,
    List<Path> definitionFiles) {
  public Workspace {
    Objects.requireNonNull(root, "root");
    Objects.requireNonNull(settings, "settings");
    indicators = Collections.unmodifiableSortedMap(new TreeMap<>(indicators));
    templates = Collections.unmodifiableSortedMap(new TreeMap<>(templates));
    glossary = Collections.unmodifiableMap(new LinkedHashMap<>(glossary));
    Objects.requireNonNull(extracts, "extracts");
    Objects.requireNonNull(references, "references");
    series = Collections.unmodifiableSortedMap(new TreeMap<>(series));
    Objects.requireNonNull(commentary, "commentary");
    definitionFiles = List.copyOf(definitionFiles);
  }

  /** Every file the run reads to build its packs: the definitions', then the extracts', by name. */
  public List<Path> inputFiles() {
    List<Path> all = new ArrayList<>(definitionFiles);
    extracts.files().forEach(f -> all.add(root.resolve(f)));
    return all;
  }

  /** The series of one line, or an empty one if no extract holds it. */
  public Series seriesOf(SeriesKey key) {
    return series.getOrDefault(key, Series.empty(key));
  }
}
