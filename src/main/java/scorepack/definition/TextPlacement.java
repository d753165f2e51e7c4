package scorepack.definition;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where in a YAML file a piece of a text value was written. The value's text is the file's text
 * with its line breaks folded and its indentation removed, so the n-th occurrence of a number in
 * the value is the n-th occurrence in the file from where the value starts.
 */
final class TextPlacement {
  private final String source;
  private final int start;
  private final int line;
  private final int column;

  /** The placement of a value that starts at the node's line and column in the source. */
  TextPlacement(String source, YamlNode value) {
    this.source = source;
    this.line = value.line();
    this.column = value.column();
    int offset = 0;
    for (int l = 1; l < line && offset >= 0; l++) {
      offset = source.indexOf('\n', offset) + 1;
      offset = offset == 0 ? -1 : offset;
    }
    this.start = offset < 0 ? -1 : offset + Math.max(0, column - 1);
  }

  /**
   * The number found in the value's text, placed at the line and column of its first digit; at
   * the value's own position when it cannot be found (a number written with escapes, say).
   */
  QuotedNumber place(CommentNumbers.Found number, String text) {
    Pattern token = Pattern.compile("(?<![\\d.,])" + Pattern.quote(number.written()) + "(?![\\d]|[.,]\\d)");
    int nth = 0;
    Matcher inText = token.matcher(text.substring(0, number.offset()));
    while (inText.find()) {
      nth++;
    }
    int at = -1;
    if (start >= 0 && start <= source.length()) {
      Matcher inSource = token.matcher(source).region(start, source.length()).useTransparentBounds(true);
      for (int i = 0; i <= nth && inSource.find(); i++) {
        at = i == nth ? inSource.start() : -1;
      }
    }
    if (at < 0) {
      return new QuotedNumber(number.written(), number.value(), number.percent(), line, column);
    }
    int lineStart = source.lastIndexOf('\n', at - 1) + 1;
    int lineNumber = (int) source.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    return new QuotedNumber(number.written(), number.value(), number.percent(), lineNumber, at - lineStart + 1);
  }
}
