package scorepack.pack;

import java.util.Objects;

/**
 * A glossary term and its plain-English definition.
 *
 * @param term e.g. "Rolling 12 months"
 * @param definition what it means
 */
public record GlossaryEntry(String term, String definition) {
  public GlossaryEntry {
    Objects.requireNonNull(term, "term");
    Objects.requireNonNull(definition, "definition");
  }
}
