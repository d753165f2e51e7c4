package scorepack.definition;

import java.util.Objects;
import scorepack.engine.IndicatorDefinition;

/**
 * An indicator definition as loaded: what the engine needs, plus what only the pack prints.
 *
 * @param definition the engine's view of the indicator
 * @param dataNote what the DATA NOTE column prints, e.g. "Rate per 10,000"
 * @param file the definition file it was read from
 */
public record DefinedIndicator(IndicatorDefinition definition, String dataNote, String file) {
  public DefinedIndicator {
    Objects.requireNonNull(definition, "definition");
    Objects.requireNonNull(dataNote, "dataNote");
    Objects.requireNonNull(file, "file");
  }

  public String id() {
    return definition.id();
  }
}
