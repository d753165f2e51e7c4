package scorepack.definition;

import java.util.List;
import java.util.Map;

/** A YAML value that remembers where it was written, so problems can name the line and column. */
sealed interface YamlNode permits YamlNode.Scalar, YamlNode.Mapping, YamlNode.Sequence {
  /** The YAML path, e.g. {@code indicators[3].tolerances.2022/23.green}. */
  String path();

  int line();

  int column();

  /** What kind of value this is, in words for messages. */
  String kind();

  /**
   * A single value; null when the YAML says {@code null}, {@code ~} or nothing.
   *
   * @param text the value as written
   */
  record Scalar(String text, String path, int line, int column) implements YamlNode {
    @Override
    public String kind() {
      return text == null ? "nothing" : "'" + text + "'";
    }
  }

  /**
   * A mapping of keys to values, in the order written.
   *
   * @param entries the values by key
   * @param keys the key nodes, for the position of a misspelt key
   */
  record Mapping(Map<String, YamlNode> entries, Map<String, Scalar> keys, String path, int line, int column)
      implements YamlNode {
    @Override
    public String kind() {
      return "a mapping";
    }
  }

  /**
   * A list of values.
   *
   * @param items the values in order
   */
  record Sequence(List<YamlNode> items, String path, int line, int column) implements YamlNode {
    @Override
    public String kind() {
      return "a list";
    }
  }
}
