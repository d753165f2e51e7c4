package scorepack.render.ods;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Reads an ODS package's parts for the tests: the zip entries, and each XML part parsed strictly. */
final class OdsParts {
  private OdsParts() {}

  /** Every entry of the zip by name, in order. */
  static Map<String, byte[]> parts(byte[] zip) throws IOException {
    Map<String, byte[]> parts = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        parts.put(e.getName(), in.readAllBytes());
      }
    }
    return parts;
  }

  /** The part as a namespace-aware DOM; fails on anything that is not well-formed XML 1.0. */
  static Document parse(byte[] xml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultNSInstance();
    return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
  }

  static List<Element> elements(Document document, Namespace namespace, String name) {
    NodeList nodes = document.getElementsByTagNameNS(namespace.uri, name);
    List<Element> elements = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      elements.add((Element) nodes.item(i));
    }
    return elements;
  }

  static String attribute(Element element, Namespace namespace, String name) {
    return element.getAttributeNS(namespace.uri, name);
  }
}
