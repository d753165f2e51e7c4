package scorepack.definition;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import scorepack.diagnostic.Diagnostics;
import scorepack.diagnostic.Suggestions;

/**
 * Typed reading of YAML values for one file. Every problem becomes a diagnostic naming the line,
 * column and YAML path, what was expected and what was found; reading goes on so that all
 * problems are reported at once.
 */
final class YamlFields {
  private final String file;
  private final Diagnostics diagnostics;

  YamlFields(String file, Diagnostics diagnostics) {
    this.file = file;
    this.diagnostics = diagnostics;
  }

  void error(YamlNode at, String message) {
    diagnostics.error(file, at.line(), at.column(), at.path(), message);
  }

  Optional<YamlNode.Mapping> mapping(YamlNode node, String what) {
    if (node instanceof YamlNode.Mapping m) {
      return Optional.of(m);
    }
    error(node, "expected " + what + " (a mapping of keys to values), found " + node.kind());
    return Optional.empty();
  }

  /** Reports keys outside {@code allowed}, suggesting the closest known key. */
  void onlyKeys(YamlNode.Mapping m, Set<String> allowed) {
    for (YamlNode.Scalar key : m.keys().values()) {
      if (!allowed.contains(key.text())) {
        error(key, "unknown key '" + key.text() + "'" + Suggestions.didYouMean(key.text(), allowed)
            + "; expected one of " + String.join(", ", allowed.stream().sorted().toList()));
      }
    }
  }

  Optional<YamlNode> required(YamlNode.Mapping m, String key) {
    YamlNode n = m.entries().get(key);
    if (n == null || (n instanceof YamlNode.Scalar s && s.text() == null)) {
      diagnostics.error(file, m.line(), m.column(), m.path().isEmpty() ? key : m.path() + "." + key,
          "the required key '" + key + "' is missing");
      return Optional.empty();
    }
    return Optional.of(n);
  }

  Optional<YamlNode> optional(YamlNode.Mapping m, String key) {
    YamlNode n = m.entries().get(key);
    return n instanceof YamlNode.Scalar s && s.text() == null ? Optional.empty() : Optional.ofNullable(n);
  }

  Optional<String> text(YamlNode n) {
    if (n instanceof YamlNode.Scalar s && s.text() != null) {
      return Optional.of(s.text());
    }
    error(n, "expected a single value, found " + n.kind());
    return Optional.empty();
  }

  Optional<String> requiredText(YamlNode.Mapping m, String key) {
    return required(m, key).flatMap(this::text).filter(s -> {
      if (s.isBlank()) {
        error(m.entries().get(key), "expected text, found an empty value");
        return false;
      }
      return true;
    });
  }

  Optional<String> optionalText(YamlNode.Mapping m, String key) {
    return optional(m, key).flatMap(this::text);
  }

  Optional<BigDecimal> number(YamlNode n) {
    Optional<String> t = text(n);
    if (t.isEmpty()) {
      return Optional.empty();
    }
    NumberText.Reading reading = NumberText.read(t.get());
    reading.problem().ifPresent(problem -> error(n, problem));
    return reading.value();
  }

  Optional<Integer> wholeNumber(YamlNode n, int min, int max) {
    return number(n).flatMap(v -> {
      if (v.stripTrailingZeros().scale() > 0 || v.compareTo(BigDecimal.valueOf(min)) < 0
          || v.compareTo(BigDecimal.valueOf(max)) > 0) {
        error(n, "expected a whole number from " + min + " to " + max + ", found '" + v.toPlainString() + "'");
        return Optional.empty();
      }
      return Optional.of(v.intValueExact());
    });
  }

  /** One of a closed set of words (matched ignoring case, spaces, hyphens and underscores). */
  <E> Optional<E> choice(YamlNode n, Map<String, E> words) {
    return text(n).flatMap(t -> {
      E e = words.get(normalise(t));
      if (e == null) {
        List<String> known = words.keySet().stream().sorted().toList();
        error(n, "expected one of " + String.join(", ", known) + ", found '" + t + "'"
            + Suggestions.didYouMean(normalise(t), known));
        return Optional.empty();
      }
      return Optional.of(e);
    });
  }

  List<String> textList(YamlNode n) {
    List<String> out = new ArrayList<>();
    if (n instanceof YamlNode.Sequence seq) {
      for (YamlNode item : seq.items()) {
        text(item).ifPresent(out::add);
      }
    } else if (n instanceof YamlNode.Scalar) {
      text(n).ifPresent(out::add);
    } else {
      error(n, "expected a list such as [A, B], found " + n.kind());
    }
    return out;
  }

  List<YamlNode> list(YamlNode n, String what) {
    if (n instanceof YamlNode.Sequence seq) {
      return seq.items();
    }
    error(n, "expected a list of " + what + ", found " + n.kind());
    return List.of();
  }

  static String normalise(String word) {
    return word.trim().toLowerCase(Locale.ROOT).replaceAll("[\\s_-]+", " ");
  }
}
