package scorepack.definition;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Text that marks a placeholder, which must never reach a published pack: "illegible", an example
 * address, "TODO". Matching ignores case; a word matches only as a whole word, so "TBC" is found
 * in "Target TBC" but not in "TBCs", and ordinary prose such as "for example" matches nothing.
 *
 * @param text fragments found anywhere in a text, e.g. "@example."
 * @param words words found only whole, e.g. "TODO"
 */
public record PlaceholderPatterns(List<String> text, List<String> words) {
  /** The patterns of a workspace whose {@code scorepack.yaml} names none. */
  public static final PlaceholderPatterns DEFAULT =
      new PlaceholderPatterns(List.of("illegible", "@example.", "example.gov.uk"), List.of("TODO", "TBC"));

  public PlaceholderPatterns {
    text = List.copyOf(text);
    words = List.copyOf(words);
  }

  /**
   * Every pattern as one case-insensitive regular expression, or empty when there are none (a
   * workspace that turned the check off).
   */
  public Optional<Pattern> compile() {
    String alternatives = Stream.concat(
            text.stream().filter(t -> !t.isEmpty()).map(Pattern::quote),
            words.stream().filter(w -> !w.isEmpty()).map(w -> "(?<![\\p{L}\\p{N}_])" + Pattern.quote(w)
                + "(?![\\p{L}\\p{N}_])"))
        .collect(Collectors.joining("|"));
    return alternatives.isEmpty() ? Optional.empty()
        : Optional.of(Pattern.compile(alternatives, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
  }

  /** Every pattern as written, for messages. */
  public String describe() {
    return Stream.concat(text.stream().map(t -> "'" + t + "'"), words.stream().map(w -> "the word '" + w + "'"))
        .collect(Collectors.joining(", "));
  }
}
