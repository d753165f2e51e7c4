package scorepack.definition;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
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
      return Optional.of(node(p, ""));
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      diagnostics.error(file, at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(), "",
          "not valid YAML: " + e.getOriginalMessage().lines().findFirst().orElse(""));
    } catch (IOException e) {
      diagnostics.error(file, 0, 0, "", "cannot be read: " + FileFailure.reading(e));
    }
    return Optional.empty();
  }

  private YamlNode node(JsonParser p, String path) throws IOException {
    JsonLocation at = p.currentTokenLocation();
    int line = at.getLineNr();
    int col = at.getColumnNr();
    JsonToken t = p.currentToken();
    if (t == JsonToken.START_OBJECT) {
      Map<String, YamlNode> entries = new LinkedHashMap<>();
      Map<String, YamlNode.Scalar> keys = new LinkedHashMap<>();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String key = p.currentName();
        JsonLocation k = p.currentTokenLocation();
        String childPath = path.isEmpty() ? key : path + "." + key;
        p.nextToken();
        YamlNode value = node(p, childPath);
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
        items.add(node(p, path + "[" + i++ + "]"));
      }
      return new YamlNode.Sequence(items, path, line, col);
    }
    return new YamlNode.Scalar(t == JsonToken.VALUE_NULL ? null : p.getText(), path, line, col);
  }
}
