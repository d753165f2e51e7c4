package scorepack.render.ods;

import static scorepack.render.ods.Namespace.TEXT;

import javax.xml.stream.XMLStreamException;

/**
 * A cell's text as ODF keeps it. An ODF reader collapses white space in a paragraph, so a space is
 * written as itself only between two other characters; any other space (leading, trailing or one of
 * a run) becomes text:s, a tab text:tab, and a line break (LF, CR or CRLF) text:line-break.
 */
final class OdsText {
  private OdsText() {}

  /** {@code text} as one text:p. */
  static void paragraph(XmlPart xml, String text) throws XMLStreamException {
    xml.start(TEXT, "p");
    content(xml, text);
    xml.end();
  }

  /** {@code text} as paragraph content, for a text:p or a link inside one. */
  static void content(XmlPart xml, String raw) throws XMLStreamException {
    String text = XmlPart.xmlSafe(raw);
    int plain = 0;
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (!isWhiteSpace(c) || (c == ' ' && isLoneSpace(text, i))) {
        i++;
        continue;
      }
      if (i > plain) {
        xml.text(text.substring(plain, i));
      }
      if (c == ' ') {
        int run = 1;
        while (i + run < text.length() && text.charAt(i + run) == ' ') {
          run++;
        }
        xml.empty(TEXT, "s");
        if (run > 1) {
          xml.attribute(TEXT, "c", run);
        }
        i += run;
      } else if (c == '\t') {
        xml.empty(TEXT, "tab");
        i++;
      } else {
        xml.empty(TEXT, "line-break");
        i += c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n' ? 2 : 1;
      }
      plain = i;
    }
    if (plain < text.length()) {
      xml.text(text.substring(plain));
    }
  }

  /** A single space between two characters that are not white space, which no reader collapses. */
  private static boolean isLoneSpace(String text, int i) {
    return i > 0 && i + 1 < text.length() && !isWhiteSpace(text.charAt(i - 1)) && !isWhiteSpace(text.charAt(i + 1));
  }

  private static boolean isWhiteSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
  }
}
