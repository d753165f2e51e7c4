package scorepack.definition;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import scorepack.diagnostic.Diagnostics;
import scorepack.diagnostic.WarningKind;
import scorepack.diagnostic.FileFailure;
import scorepack.diagnostic.Suggestions;
import scorepack.engine.SeriesKey;

/**
 * Loads {@code commentary/YYYY-MM.yaml}: per month, a comment per indicator line, e.g.
 * {@code - { indicator: reviews-in-time, text: "Two reviewing officers were on leave ..." }}.
 */
public final class CommentaryLoader {
  private final Map<String, DefinedIndicator> indicators;
  private final Set<String> defective;
  private final Diagnostics diagnostics;
  private final Limits limits;

  public CommentaryLoader(Map<String, DefinedIndicator> indicators, Set<String> defective, Diagnostics diagnostics) {
    this(indicators, defective, diagnostics, Limits.DEFAULT);
  }

  /** @param limits the largest file read */
  public CommentaryLoader(Map<String, DefinedIndicator> indicators, Set<String> defective, Diagnostics diagnostics,
      Limits limits) {
    this.indicators = indicators;
    this.defective = defective;
    this.diagnostics = diagnostics;
    this.limits = limits;
  }

  /** Every month's commentary in the folder; no folder is no commentary. */
  public Commentary loadFolder(Path folder, Path displayBase) {
    Map<YearMonth, Map<SeriesKey, Commentary.Note>> byMonth = new HashMap<>();
    if (!Files.isDirectory(folder)) {
      return Commentary.none();
    }
    for (Path file : YamlFiles.list(folder, displayBase, diagnostics)) {
      String name = YamlFiles.display(file, displayBase);
      String stem = file.getFileName().toString().replaceFirst("\\.ya?ml$", "");
      YearMonth month;
      try {
        month = YearMonth.parse(stem);
      } catch (DateTimeParseException e) {
        diagnostics.error(name, 0, 0, "", "expected a file named for its month, YYYY-MM.yaml, found '"
            + file.getFileName() + "'");
        continue;
      }
      try (Reader r = YamlFiles.open(file, limits)) {
        StringWriter text = new StringWriter();
        r.transferTo(text);
        byMonth.put(month, load(text.toString(), name));
      } catch (CheckedText.Problem e) {
        diagnostics.error(name, (int) e.line(), (int) e.column(), "", e.getMessage());
      } catch (IOException e) {
        diagnostics.error(name, 0, 0, "", "cannot be read: " + FileFailure.reading(e));
      }
    }
    return new Commentary(byMonth);
  }

  Map<SeriesKey, Commentary.Note> load(String source, String file) {
    YamlFields f = new YamlFields(file, diagnostics);
    Map<SeriesKey, Commentary.Note> notes = new HashMap<>();
    Optional<YamlNode.Mapping> root = new YamlTreeReader(file, diagnostics).read(new StringReader(source))
        .flatMap(n -> f.mapping(n, "a document with 'commentary:'"));
    if (root.isEmpty()) {
      return notes;
    }
    f.onlyKeys(root.get(), Set.of("commentary"));
    for (YamlNode item : f.required(root.get(), "commentary").map(n -> f.list(n, "comments")).orElse(List.of())) {
      f.mapping(item, "a comment {indicator: ..., text: ...}").ifPresent(m -> {
        f.onlyKeys(m, Set.of("indicator", "breakdown", "text", "not_figures"));
        Optional<String> indicator = f.requiredText(m, "indicator");
        Optional<String> text = f.requiredText(m, "text");
        String breakdown = f.optionalText(m, "breakdown").orElse("");
        if (indicator.isEmpty() || text.isEmpty() || defective.contains(indicator.get())) {
          return;
        }
        DefinedIndicator d = indicators.get(indicator.get());
        if (d == null) {
          f.error(m.entries().get("indicator"), "unknown indicator '" + indicator.get() + "'"
              + Suggestions.didYouMean(indicator.get(), indicators.keySet()) + "; expected an id defined in indicators/");
        } else if (!breakdown.isEmpty() && !d.definition().breakdowns().contains(breakdown)) {
          f.error(m.entries().get("breakdown"), "unknown breakdown '" + breakdown + "' for '" + indicator.get() + "'"
              + Suggestions.didYouMean(breakdown, d.definition().breakdowns()));
        } else if (notes.put(new SeriesKey(indicator.get(), breakdown),
            new Commentary.Note(text.get(), file, m.line(), numbers(source, file, m, text.get(), f))) != null) {
          f.error(m, "a second comment on '" + new SeriesKey(indicator.get(), breakdown)
              + "'; expected one comment per line and month");
        }
      });
    }
    return notes;
  }

  /**
   * The numbers of the comment's text that may state a figure, placed in the file, less those its
   * {@code not_figures:} lists (each of which must be one of them).
   */
  private List<QuotedNumber> numbers(String source, String file, YamlNode.Mapping m, String text, YamlFields f) {
    List<CommentNumbers.Found> found = CommentNumbers.in(text);
    List<QuotedNumber> out = new ArrayList<>();
    List<BigDecimal> excluded = new ArrayList<>();
    f.optional(m, "not_figures").ifPresent(n -> {
      for (YamlNode item : n instanceof YamlNode.Sequence ? f.list(n, "numbers") : List.of(n)) {
        f.number(item).ifPresent(v -> {
          if (found.stream().noneMatch(x -> x.value().compareTo(v) == 0)) {
            diagnostics.warning(WarningKind.UNUSED_NOT_FIGURE, file, item.line(), item.column(), item.path(), "not_figures lists "
                + v.toPlainString() + ", but the text has no such number that is checked; remove it");
          }
          excluded.add(v);
        });
      }
    });
    TextPlacement placement = new TextPlacement(source, m.entries().get("text"));
    for (CommentNumbers.Found x : found) {
      if (excluded.stream().noneMatch(v -> v.compareTo(x.value()) == 0)) {
        out.add(placement.place(x, text));
      }
    }
    return out;
  }
}
