package scorepack.definition;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import scorepack.diagnostic.Diagnostics;
import scorepack.diagnostic.FileFailure;

/** Reads a YAML document into {@link YamlNode}s that keep their line and column. */
final class YamlTreeReader {
  private static final YAMLFactory FACTORY = new YAMLFactory();
  /** Far deeper than any definition goes, and shallow enough to report before any parser limit. */
  private static final int DEEPEST = 20;

  private final String file;
  private final Diagnostics diagnostics;

  YamlTreeReader(String file, Diagnostics diagnostics) {
    this.file = file;
    this.diagnostics = diagnostics;
  }

  /** The document's root, or empty (with a diagnostic) when it is not valid YAML or is empty. */
  Optional<YamlNode> read(Reader reader) {
    try (JsonParser p = FACTORY.createParser(reader)) {
      JsonToken t = p.nextToken();
      if (t == null) {
        diagnostics.error(file, 1, 1, "", "the file is empty; expected a YAML mapping");
        return Optional.empty();
      }
      return Optional.of(node(p, "", 0));
    } catch (Refused e) {
      diagnostics.error(file, e.line, e.column, e.path, e.getMessage());
    } catch (IOException | RuntimeException e) {
      reportUnreadable(e);
    }
    return Optional.empty();
  }

  /**
   * Reports why the parser stopped, at the place the problem is: snakeyaml marks it, while the
   * parser's own location is where it had got to, often a line or two on.
   */
  private void reportUnreadable(Exception e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof CheckedText.Problem p) {
        diagnostics.error(file, (int) p.line(), (int) p.column(), "", p.getMessage());
        return;
      }
      if (t instanceof MarkedYAMLException marked && marked.getProblemMark() != null) {
        Mark at = marked.getProblemMark();
        String problem = marked.getProblem() == null ? "" : marked.getProblem();
        diagnostics.error(file, at.getLine() + 1, at.getColumn() + 1, "", "not valid YAML: " + problem
            + (problem.contains("(TAB)") ? "; indent with spaces, not tabs" : ""));
        return;
      }
    }
    if (e instanceof JsonProcessingException j) {
      JsonLocation at = j.getLocation();
      diagnostics.error(file, at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(), "",
          "not valid YAML: " + j.getOriginalMessage().lines().findFirst().orElse(""));
      return;
    }
    diagnostics.error(file, 0, 0, "", e instanceof IOException io ? "cannot be read: " + FileFailure.reading(io)
        : "not valid YAML: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
  }

  /** A document this reader refuses although it is valid YAML, at the place of the problem. */
  private static final class Refused extends IOException {
    private final int line;
    private final int column;
    private final String path;

    Refused(JsonLocation at, String path, String message) {
      super(message);
      this.line = at.getLineNr();
      this.column = at.getColumnNr();
      this.path = path;
    }
  }

  private YamlNode node(JsonParser p, String path, int depth) throws IOException {
    JsonLocation at = p.currentTokenLocation();
    int line = at.getLineNr();
    int col = at.getColumnNr();
    JsonToken t = p.currentToken();
    if (depth > DEEPEST) {
      throw new Refused(at, path, "the values nest more than " + DEEPEST + " levels deep; expected the"
          + " shape shown in the README beside this file");
    }
    if (p instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
      throw new Refused(at, path, "'*" + p.getText() + "' is a YAML alias, which scorepack does not read;"
          + " expected the value written out in full");
    }
    if (t == JsonToken.START_OBJECT) {
      Map<String, YamlNode> entries = new LinkedHashMap<>();
      Map<String, YamlNode.Scalar> keys = new LinkedHashMap<>();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String key = p.currentName();
        JsonLocation k = p.currentTokenLocation();
        String childPath = path.isEmpty() ? key : path + "." + key;
        p.nextToken();
        YamlNode value = node(p, childPath, depth + 1);
        if (entries.containsKey(key)) {
          diagnostics.error(file, k.getLineNr(), k.getColumnNr(), childPath,
              "the key '" + key + "' is given twice; expected each key once");
        }
        entries.put(key, value);
        keys.put(key, new YamlNode.Scalar(key, childPath, k.getLineNr(), k.getColumnNr()));
      }
      return new YamlNode.Mapping(entries, keys, path, line, col);
    }
    if (t == JsonToken.START_ARRAY) {
      List<YamlNode> items = new ArrayList<>();
      int i = 0;
      while (p.nextToken() != JsonToken.END_ARRAY) {
        items.add(node(p, path + "[" + i++ + "]", depth + 1));
      }
      return new YamlNode.Sequence(items, path, line, col);
    }
    String text = t == JsonToken.VALUE_NULL ? null : p.getText();
    if (text != null) {
      text.chars().filter(c -> c != '\n' && Character.getType(c) == Character.CONTROL).findFirst()
          .ifPresent(c -> diagnostics.error(file, line, col, path, String.format("the text holds the control"
              + " character U+%04X, which would be copied into the packs as it is; expected printable text"
              + " (a line break as a new line)", c)));
    }
    return new YamlNode.Scalar(text, path, line, col);
  }
}
