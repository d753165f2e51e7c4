package scorepack.render.ods;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/** Reads and writes the parts of an ODS package as DOM documents; the same document gives the same bytes. */
final class Xml {
  static final String OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
  static final String STYLE = "urn:oasis:names:tc:opendocument:xmlns:style:1.0";
  static final String TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
  static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
  static final String NUMBER = "urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0";
  static final String FO = "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0";
  static final String META = "urn:oasis:names:tc:opendocument:xmlns:meta:1.0";
  static final String MANIFEST = "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0";
  static final String XLINK = "http://www.w3.org/1999/xlink";
  static final String DC = "http://purl.org/dc/elements/1.1/";
  static final String XMLNS = "http://www.w3.org/2000/xmlns/";

  private Xml() {}

  static Document parse(byte[] xml) throws IOException {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    } catch (ParserConfigurationException | SAXException e) {
      throw new IOException("cannot read an ODS part written by SODS", e);
    }
  }

  static byte[] bytes(Document document) throws IOException {
    try {
      Transformer transformer = TransformerFactory.newInstance().newTransformer();
      transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      transformer.transform(new DOMSource(document), new StreamResult(out));
      return out.toByteArray();
    } catch (TransformerException e) {
      throw new IOException("cannot write an ODS part", e);
    }
  }

  /** The element children of {@code parent} with this name, in order. */
  static List<Element> children(Node parent, String namespace, String localName) {
    List<Element> found = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && namespace.equals(e.getNamespaceURI()) && localName.equals(e.getLocalName())) {
        found.add(e);
      }
    }
    return found;
  }

  /** The first element child with this name, created at the end if there is none. */
  static Element child(Element parent, String namespace, String qualifiedName) {
    String localName = qualifiedName.substring(qualifiedName.indexOf(':') + 1);
    List<Element> found = children(parent, namespace, localName);
    if (!found.isEmpty()) {
      return found.get(0);
    }
    Element created = parent.getOwnerDocument().createElementNS(namespace, qualifiedName);
    parent.appendChild(created);
    return created;
  }

  /** An integer attribute such as a repeat count, or {@code otherwise} when absent. */
  static int count(Element element, String namespace, String localName, int otherwise) {
    String value = element.getAttributeNS(namespace, localName);
    return value.isEmpty() ? otherwise : Integer.parseInt(value);
  }
}
