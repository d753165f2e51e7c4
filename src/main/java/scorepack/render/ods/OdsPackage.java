package scorepack.render.ods;

import static scorepack.render.ods.Namespace.MANIFEST;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.xml.stream.XMLStreamException;
import scorepack.render.KeepOpenOutputStream;
import scorepack.render.sheet.WorkbookLayout;

/**
 * The ODS package, written in one pass straight into a zip: the mimetype first and stored, as ODF
 * requires, then the manifest, content, styles and meta parts. Every entry carries the pack's
 * creation time as UTC wall-clock time, whatever the machine's zone, so the same pack always gives
 * the same bytes.
 */
final class OdsPackage {
  static final String ODF_VERSION = "1.2";
  static final String MEDIA_TYPE = "application/vnd.oasis.opendocument.spreadsheet";
  static final String MIMETYPE = "mimetype";
  static final String MANIFEST_XML = "META-INF/manifest.xml";
  static final String CONTENT_XML = "content.xml";
  static final String STYLES_XML = "styles.xml";
  static final String META_XML = "meta.xml";
  /**
   * zlib's fast strategy at its best setting. The default level took longer to deflate content.xml
   * than writing it did; this one is two to three times as fast, for files a quarter larger.
   */
  static final int COMPRESSION_LEVEL = 3;
  private static final int BUFFER = 1 << 16;

  private final WorkbookLayout layout;
  private final LocalDateTime entryTime;

  OdsPackage(WorkbookLayout layout) {
    this.layout = layout;
    this.entryTime = LocalDateTime.ofInstant(layout.properties().created(), ZoneOffset.UTC);
  }

  /** Writes the package to {@code out}, which is flushed and left open. */
  void write(OutputStream out) throws IOException {
    try (ZipOutputStream zip = new ZipOutputStream(new BufferedOutputStream(new KeepOpenOutputStream(out), BUFFER))) {
      zip.setLevel(COMPRESSION_LEVEL);
      mimetype(zip);
      part(zip, MANIFEST_XML, OdsPackage::manifest);
      part(zip, CONTENT_XML, xml -> OdsContent.write(xml, layout.sheets()));
      part(zip, STYLES_XML, OdsPrint::write);
      part(zip, META_XML, xml -> OdsMeta.write(xml, layout.properties()));
    }
  }

  private void mimetype(ZipOutputStream zip) throws IOException {
    byte[] bytes = MEDIA_TYPE.getBytes(StandardCharsets.US_ASCII);
    CRC32 crc = new CRC32();
    crc.update(bytes);
    ZipEntry entry = entry(MIMETYPE);
    entry.setMethod(ZipEntry.STORED);
    entry.setSize(bytes.length);
    entry.setCompressedSize(bytes.length);
    entry.setCrc(crc.getValue());
    zip.putNextEntry(entry);
    zip.write(bytes);
    zip.closeEntry();
  }

  private void part(ZipOutputStream zip, String name, PartWriter writer) throws IOException {
    zip.putNextEntry(entry(name));
    try {
      XmlPart xml = new XmlPart(zip);
      writer.write(xml);
      xml.finish();
    } catch (XMLStreamException e) {
      throw new IOException("cannot write " + name + " of the ODS package: " + e.getMessage(), e);
    }
    zip.closeEntry();
  }

  private ZipEntry entry(String name) {
    ZipEntry entry = new ZipEntry(name);
    // A DOS time only, so that no extra field records the machine's clock or zone.
    entry.setTimeLocal(entryTime);
    return entry;
  }

  private static void manifest(XmlPart xml) throws XMLStreamException {
    xml.root(MANIFEST, "manifest", MANIFEST).attribute(MANIFEST, "version", ODF_VERSION);
    xml.empty(MANIFEST, "file-entry").attribute(MANIFEST, "full-path", "/")
        .attribute(MANIFEST, "media-type", MEDIA_TYPE).attribute(MANIFEST, "version", ODF_VERSION);
    for (String part : new String[] {CONTENT_XML, STYLES_XML, META_XML}) {
      xml.empty(MANIFEST, "file-entry").attribute(MANIFEST, "full-path", part).attribute(MANIFEST, "media-type", "text/xml");
    }
  }

  /** Writes one XML part. */
  private interface PartWriter {
    void write(XmlPart xml) throws XMLStreamException;
  }
}
