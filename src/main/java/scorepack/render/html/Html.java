package scorepack.render.html;

/**
 * HTML written in order into a buffer, with every piece of text escaped on its way in. Tags are
 * the renderer's own constant strings; only text and attribute values come from the pack.
 */
final class Html {
  private final StringBuilder out = new StringBuilder(64 * 1024);

  /** Raw markup the renderer wrote itself. */
  Html raw(String markup) {
    out.append(markup);
    return this;
  }

  /** Text from the pack, escaped. */
  Html text(String text) {
    out.append(escape(text));
    return this;
  }

  /** {@code <tag attrs>text</tag>} with the text escaped; attrs are the renderer's own. */
  Html element(String tag, String attrs, String text) {
    out.append('<').append(tag).append(attrs.isEmpty() ? "" : " " + attrs).append('>')
        .append(escape(text)).append("</").append(tag).append('>');
    return this;
  }

  Html element(String tag, String text) {
    return element(tag, "", text);
  }

  /** A value for an attribute in double quotes. */
  static String attr(String value) {
    return escape(value).replace("\"", "&quot;");
  }

  static String escape(String text) {
    StringBuilder s = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> s.append("&amp;");
        case '<' -> s.append("&lt;");
        case '>' -> s.append("&gt;");
        case '"' -> s.append("&quot;");
        default -> s.append(c);
      }
    }
    return s.toString();
  }

  @Override
  public String toString() {
    return out.toString();
  }
}
