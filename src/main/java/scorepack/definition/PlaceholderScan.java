package scorepack.definition;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import scorepack.diagnostic.Diagnostics;
import scorepack.diagnostic.WarningKind;

/**
 * Finds placeholder text ("illegible", an example address, "TODO") in the values of every YAML file
 * a pack prints from: {@code scorepack.yaml}, {@code glossary.yaml}, {@code indicators/},
 * {@code templates/} and {@code commentary/}. Each is a warning at the file, line and column where
 * the placeholder is written, so {@code --strict} refuses it. Comments and keys are not text a
 * pack prints, and the patterns' own list in {@code scorepack.yaml} is left alone.
 */
public final class PlaceholderScan {
  private static final String SETTINGS = "scorepack.yaml";
  private static final String PATTERNS_KEY = "placeholders";

  private final Pattern pattern;
  private final PlaceholderPatterns patterns;
  private final Limits limits;
  private final Diagnostics diagnostics;

  private PlaceholderScan(Pattern pattern, PlaceholderPatterns patterns, Limits limits, Diagnostics diagnostics) {
    this.pattern = pattern;
    this.patterns = patterns;
    this.limits = limits;
    this.diagnostics = diagnostics;
  }

  /** Adds a warning for each placeholder in the workspace's YAML files. */
  public static void scan(Path root, PlaceholderPatterns patterns, Limits limits, Diagnostics diagnostics) {
    Optional<Pattern> pattern = patterns.compile();
    if (pattern.isEmpty()) {
      return;
    }
    PlaceholderScan scan = new PlaceholderScan(pattern.get(), patterns, limits, diagnostics);
    List<Path> files = new ArrayList<>();
    for (String file : List.of(SETTINGS, "glossary.yaml")) {
      if (Files.isRegularFile(root.resolve(file))) {
        files.add(root.resolve(file));
      }
    }
    // Missing folders were reported when the workspace was loaded.
    Diagnostics unreported = new Diagnostics();
    for (String folder : List.of("indicators", "templates", "commentary")) {
      if (Files.isDirectory(root.resolve(folder))) {
        files.addAll(YamlFiles.list(root.resolve(folder), root, unreported));
      }
    }
    files.forEach(f -> scan.file(f, root));
  }

  /** Adds a warning for each placeholder in the given YAML files: an authority's own commentary and settings. */
  public static void scanFiles(List<Path> files, Path root, PlaceholderPatterns patterns, Limits limits,
      Diagnostics diagnostics) {
    patterns.compile().ifPresent(p -> files.forEach(f -> new PlaceholderScan(p, patterns, limits, diagnostics)
        .file(f, root)));
  }

  private void file(Path file, Path root) {
    String name = YamlFiles.display(file, root);
    String raw;
    // Read within the limits, as the loaders read it: a file they refused is not parsed again here.
    try (Reader in = CheckedText.yaml(file, limits)) {
      StringWriter text = new StringWriter();
      in.transferTo(text);
      raw = text.toString();
    } catch (IOException e) {
      return; // the loader that reads the file reports it
    }
    Optional<YamlNode> tree = new YamlTreeReader(name, new Diagnostics()).read(new StringReader(raw));
    tree.ifPresent(node -> walk(node, name, new RawText(raw), file.getFileName().toString().equals(SETTINGS)
        && file.getParent().equals(root)));
  }

  private void walk(YamlNode node, String file, RawText raw, boolean settings) {
    if (node instanceof YamlNode.Scalar s) {
      scalar(s, file, raw);
    } else if (node instanceof YamlNode.Sequence q) {
      q.items().forEach(item -> walk(item, file, raw, false));
    } else if (node instanceof YamlNode.Mapping m) {
      m.entries().forEach((key, value) -> {
        if (!(settings && key.equals(PATTERNS_KEY))) {
          walk(value, file, raw, false);
        }
      });
    }
  }

  private void scalar(YamlNode.Scalar s, String file, RawText raw) {
    if (s.text() == null) {
      return;
    }
    Matcher m = pattern.matcher(s.text());
    int nth = 0;
    while (m.find()) {
      int[] at = raw.nthMatch(pattern, s.line(), s.column(), nth++).orElse(new int[] {s.line(), s.column()});
      diagnostics.warning(WarningKind.PLACEHOLDER, file, at[0], at[1], s.path(), "'" + m.group() + "' marks a placeholder, which a published"
          + " pack must not print; write the text the reader should see (the placeholders looked for are "
          + patterns.describe() + ", set under placeholders: in scorepack.yaml)");
    }
  }

  /**
   * The file as written, to place a match inside a value at its own line and column: a folded or
   * quoted value's text is not a copy of the file's characters.
   */
  private record RawText(String text) {
    /** The line and column of the n-th match at or after the given position, if there is one. */
    Optional<int[]> nthMatch(Pattern pattern, int line, int column, int n) {
      int offset = offset(line, column);
      if (offset < 0) {
        return Optional.empty();
      }
      Matcher m = pattern.matcher(text);
      m.region(offset, text.length());
      for (int i = 0; i <= n; i++) {
        if (!m.find()) {
          return Optional.empty();
        }
      }
      return Optional.of(position(m.start()));
    }

    private int offset(int line, int column) {
      int offset = 0;
      for (int l = 1; l < line; l++) {
        offset = text.indexOf('\n', offset) + 1;
        if (offset == 0) {
          return -1;
        }
      }
      return Math.min(text.length(), offset + Math.max(0, column - 1));
    }

    private int[] position(int offset) {
      int line = 1;
      int lineStart = 0;
      for (int i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
        line++;
        lineStart = i + 1;
      }
      return new int[] {line, offset - lineStart + 1};
    }
  }
}
