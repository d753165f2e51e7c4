package scorepack.render.ods;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import scorepack.render.sheet.DocumentProperties;
import scorepack.render.sheet.WorkbookLayout;

/**
 * Completes the package SODS wrote: the finished content.xml, a meta.xml with the document
 * properties and fixed dates, landscape one-page-wide printing in styles.xml, and the manifest
 * entry for meta.xml. The mimetype stays first and stored, as ODF requires.
 */
final class OdsPackage {
  static final String MIMETYPE = "mimetype";

  private final WorkbookLayout layout;

  OdsPackage(WorkbookLayout layout) {
    this.layout = layout;
  }

  byte[] finish(byte[] sodsZip) throws IOException {
    Map<String, byte[]> parts = read(sodsZip);
    parts.put("content.xml", new OdsContent(layout).finish(parts.get("content.xml")));
    parts.put("styles.xml", OdsPrint.finish(parts.get("styles.xml")));
    parts.put("meta.xml", OdsMeta.xml(layout.properties()));
    parts.put("META-INF/manifest.xml", withMeta(parts.get("META-INF/manifest.xml")));
    return write(parts);
  }

  private static Map<String, byte[]> read(byte[] zip) throws IOException {
    Map<String, byte[]> parts = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        parts.put(e.getName(), in.readAllBytes());
      }
    }
    if (!parts.containsKey("content.xml") || !parts.containsKey("META-INF/manifest.xml")
        || !parts.containsKey("styles.xml")) {
      throw new IOException("SODS wrote an ODS package without content.xml, styles.xml or a manifest");
    }
    return parts;
  }

  private static byte[] withMeta(byte[] manifestXml) throws IOException {
    Document manifest = Xml.parse(manifestXml);
    Element entry = manifest.createElementNS(Xml.MANIFEST, "manifest:file-entry");
    entry.setAttributeNS(Xml.MANIFEST, "manifest:full-path", "meta.xml");
    entry.setAttributeNS(Xml.MANIFEST, "manifest:media-type", "text/xml");
    manifest.getDocumentElement().appendChild(entry);
    return Xml.bytes(manifest);
  }

  private static byte[] write(Map<String, byte[]> parts) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      byte[] mimetype = parts.getOrDefault(MIMETYPE,
          "application/vnd.oasis.opendocument.spreadsheet".getBytes(StandardCharsets.US_ASCII));
      ZipEntry first = new ZipEntry(MIMETYPE);
      CRC32 crc = new CRC32();
      crc.update(mimetype);
      first.setMethod(ZipEntry.STORED);
      first.setSize(mimetype.length);
      first.setCrc(crc.getValue());
      zip.putNextEntry(first);
      zip.write(mimetype);
      zip.closeEntry();
      for (Map.Entry<String, byte[]> part : parts.entrySet()) {
        if (!part.getKey().equals(MIMETYPE)) {
          zip.putNextEntry(new ZipEntry(part.getKey()));
          zip.write(part.getValue());
          zip.closeEntry();
        }
      }
    }
    return out.toByteArray();
  }

  /** The document properties as ODF metadata. */
  static final class OdsMeta {
    private OdsMeta() {}

    static byte[] xml(DocumentProperties p) throws IOException {
      Document meta;
      try {
        meta = javax.xml.parsers.DocumentBuilderFactory.newDefaultNSInstance().newDocumentBuilder().newDocument();
      } catch (javax.xml.parsers.ParserConfigurationException e) {
        throw new IOException(e);
      }
      Element root = meta.createElementNS(Xml.OFFICE, "office:document-meta");
      root.setAttributeNS(Xml.XMLNS, "xmlns:office", Xml.OFFICE);
      root.setAttributeNS(Xml.XMLNS, "xmlns:meta", Xml.META);
      root.setAttributeNS(Xml.XMLNS, "xmlns:dc", Xml.DC);
      root.setAttributeNS(Xml.OFFICE, "office:version", "1.2");
      meta.appendChild(root);
      Element office = meta.createElementNS(Xml.OFFICE, "office:meta");
      root.appendChild(office);
      // A fixed time, no zone, as LibreOffice writes it.
      String date = java.time.format.DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss")
          .format(java.time.LocalDateTime.ofInstant(p.created(), java.time.ZoneOffset.UTC));
      add(office, Xml.META, "meta:generator", "scorepack");
      add(office, Xml.DC, "dc:title", p.title());
      add(office, Xml.DC, "dc:subject", p.subject());
      add(office, Xml.META, "meta:keyword", p.keywords());
      add(office, Xml.META, "meta:initial-creator", p.author());
      add(office, Xml.DC, "dc:creator", p.author());
      add(office, Xml.META, "meta:creation-date", date);
      add(office, Xml.DC, "dc:date", date);
      add(office, Xml.DC, "dc:language", p.language());
      return Xml.bytes(meta);
    }

    private static void add(Element parent, String namespace, String name, String text) {
      Element e = parent.getOwnerDocument().createElementNS(namespace, name);
      e.setTextContent(text);
      parent.appendChild(e);
    }
  }
}
