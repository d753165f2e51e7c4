package scorepack.render.ods;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * One XML part of the package, written as UTF-8 straight into its zip entry with the JDK's StAX
 * writer. Every text and attribute value loses the characters XML 1.0 forbids (most control
 * characters, unpaired surrogates): pack text comes from users' YAML, and one stray character
 * must not make the whole spreadsheet unreadable.
 */
final class XmlPart {
  private final Writer chars;
  private final XMLStreamWriter xml;

  /** Starts a part on {@code out}, which {@link #finish()} flushes but leaves open. */
  XmlPart(OutputStream out) throws XMLStreamException {
    this.chars = new UnlockedBuffer(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    // The JDK's own writer, whatever StAX library is on the class path, so the bytes never change with it.
    this.xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(chars);
  }

  /** Writes the XML declaration and opens the root element, declaring {@code namespaces} on it. */
  XmlPart root(Namespace namespace, String name, Namespace... namespaces) throws XMLStreamException {
    xml.writeStartDocument("UTF-8", "1.0");
    xml.writeStartElement(namespace.prefix, name, namespace.uri);
    for (Namespace declared : namespaces) {
      xml.writeNamespace(declared.prefix, declared.uri);
    }
    return this;
  }

  XmlPart start(Namespace namespace, String name) throws XMLStreamException {
    xml.writeStartElement(namespace.prefix, name, namespace.uri);
    return this;
  }

  /** An element without content; attributes may follow. */
  XmlPart empty(Namespace namespace, String name) throws XMLStreamException {
    xml.writeEmptyElement(namespace.prefix, name, namespace.uri);
    return this;
  }

  XmlPart attribute(Namespace namespace, String name, String value) throws XMLStreamException {
    xml.writeAttribute(namespace.prefix, namespace.uri, name, xmlSafe(value));
    return this;
  }

  XmlPart attribute(Namespace namespace, String name, int value) throws XMLStreamException {
    xml.writeAttribute(namespace.prefix, namespace.uri, name, Integer.toString(value));
    return this;
  }

  /** Character content, escaped by the writer. */
  XmlPart text(String text) throws XMLStreamException {
    xml.writeCharacters(xmlSafe(text));
    return this;
  }

  /** An element holding only {@code text}. */
  XmlPart element(Namespace namespace, String name, String text) throws XMLStreamException {
    return start(namespace, name).text(text).end();
  }

  XmlPart end() throws XMLStreamException {
    xml.writeEndElement();
    return this;
  }

  /** Closes every open element and flushes the part into its stream. */
  void finish() throws XMLStreamException, IOException {
    xml.writeEndDocument();
    xml.flush();
    xml.close();
    chars.flush();
  }

  /** {@code text} without the characters XML 1.0 cannot hold; itself when it has none, as is usual. */
  static String xmlSafe(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (!allowed(text, i)) {
        StringBuilder kept = new StringBuilder(text.length()).append(text, 0, i);
        for (int j = i + 1; j < text.length(); j++) {
          if (allowed(text, j)) {
            kept.append(text.charAt(j));
          }
        }
        return kept.toString();
      }
    }
    return text;
  }

  /** Whether the char at {@code i} may appear in XML 1.0: a Char, or half of a surrogate pair. */
  private static boolean allowed(String text, int i) {
    char c = text.charAt(i);
    if (c >= 0x20 && c < Character.MIN_SURROGATE) {
      return true;
    }
    if (c < 0x20) {
      return c == '\t' || c == '\n' || c == '\r';
    }
    if (Character.isHighSurrogate(c)) {
      return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
    }
    if (Character.isLowSurrogate(c)) {
      return i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
    }
    return c != '\uFFFE' && c != '\uFFFF';
  }

  /**
   * Gathers the writer's output into large chunks for the encoder and the zip's deflater. Unlike
   * BufferedWriter it takes no lock, which matters because the StAX writer hands it every name,
   * colon and quote as a string of its own.
   */
  private static final class UnlockedBuffer extends Writer {
    private final char[] buffer = new char[1 << 14];
    private final Writer out;
    private int used;

    UnlockedBuffer(Writer out) {
      this.out = out;
    }

    @Override
    public void write(int c) throws IOException {
      if (used == buffer.length) {
        drain();
      }
      buffer[used++] = (char) c;
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
      if (length > buffer.length - used) {
        drain();
        if (length > buffer.length) {
          out.write(text, offset, length);
          return;
        }
      }
      text.getChars(offset, offset + length, buffer, used);
      used += length;
    }

    @Override
    public void write(char[] chars, int offset, int length) throws IOException {
      if (length > buffer.length - used) {
        drain();
        if (length > buffer.length) {
          out.write(chars, offset, length);
          return;
        }
      }
      System.arraycopy(chars, offset, buffer, used, length);
      used += length;
    }

    private void drain() throws IOException {
      out.write(buffer, 0, used);
      used = 0;
    }

    @Override
    public void flush() throws IOException {
      drain();
      out.flush();
    }

    /** Flushes, but leaves the zip stream underneath open for the next part. */
    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
