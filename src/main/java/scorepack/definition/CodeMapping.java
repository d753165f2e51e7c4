package scorepack.definition;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * How a source's indicator codes become indicator ids.
 *
 * @param match exact, ignoring case, or listed
 * @param ids the id of each code: under {@link CodeMatch#LISTED} by the code as written, under
 *     {@link CodeMatch#IGNORE_CASE} every indicator id by its lower-case form; empty under
 *     {@link CodeMatch#EXACT}
 * @param skipped codes whose rows are not wanted (the source holds more than the packs show),
 *     left out without a message
 */
public record CodeMapping(CodeMatch match, Map<String, String> ids, Set<String> skipped) {
  /** scorepack's own extracts: the codes are the ids. */
  public static final CodeMapping EXACT = new CodeMapping(CodeMatch.EXACT, Map.of(), Set.of());

  public CodeMapping {
    Objects.requireNonNull(match, "match");
    ids = Map.copyOf(ids);
    skipped = Set.copyOf(skipped);
  }

  /** The id the code stands for, or empty when the mapping has none (under EXACT, the code itself). */
  public Optional<String> idOf(String code) {
    return switch (match) {
      case EXACT -> Optional.of(code);
      case IGNORE_CASE -> Optional.ofNullable(ids.get(code.toLowerCase(Locale.ROOT)));
      case LISTED -> Optional.ofNullable(ids.get(code));
    };
  }

  /** Whether the source says rows with this code are not wanted. */
  public boolean skips(String code) {
    return skipped.contains(code);
  }
}
