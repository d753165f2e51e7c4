package scorepack.render.ods;

import static scorepack.render.ods.Namespace.DC;
import static scorepack.render.ods.Namespace.META;
import static scorepack.render.ods.Namespace.OFFICE;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import javax.xml.stream.XMLStreamException;
import scorepack.render.sheet.DocumentProperties;

/** meta.xml: the document properties, with the fixed creation time as both dates. */
final class OdsMeta {
  /** A time without a zone, as LibreOffice writes it. */
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");

  private OdsMeta() {}

  static void write(XmlPart xml, DocumentProperties properties) throws XMLStreamException {
    String date = DATE.format(LocalDateTime.ofInstant(properties.created(), ZoneOffset.UTC));
    xml.root(OFFICE, "document-meta", OFFICE, META, DC).attribute(OFFICE, "version", OdsPackage.ODF_VERSION);
    xml.start(OFFICE, "meta")
        .element(META, "generator", "scorepack")
        .element(DC, "title", properties.title())
        .element(DC, "subject", properties.subject())
        .element(META, "keyword", properties.keywords())
        .element(META, "initial-creator", properties.author())
        .element(DC, "creator", properties.author())
        .element(META, "creation-date", date)
        .element(DC, "date", date)
        .element(DC, "language", properties.language())
        .end();
  }
}
