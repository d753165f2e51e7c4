package scorepack.render.ods;

import static org.assertj.core.api.Assertions.assertThat;
import static scorepack.render.ods.OdsParts.attribute;
import static scorepack.render.ods.OdsParts.elements;
import static scorepack.render.ods.OdsParts.parse;
import static scorepack.render.ods.OdsParts.parts;
import static scorepack.render.ods.OdsPackRendererTest.render;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import scorepack.pack.Pack;
import scorepack.pack.PackFixtures;

/** The package around the sheets: zip layout, manifest, document properties and printing. */
class OdsPackageTest {
  private static final Pack PACK = PackFixtures.corporateParentingLike(3);

  @Test
  void mimetypeComesFirstStoredAndWithoutExtraFieldThenEveryPartWithTheFixedTime() throws IOException {
    List<String> names = new ArrayList<>();
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(render(PACK)))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        names.add(e.getName());
        assertThat(e.getTimeLocal()).as(e.getName()).isEqualTo(LocalDateTime.of(2023, 1, 31, 0, 0));
        assertThat(e.getExtra()).as(e.getName()).isNull();
        if (names.size() == 1) {
          assertThat(e.getMethod()).isEqualTo(ZipEntry.STORED);
          assertThat(new String(zip.readAllBytes(), StandardCharsets.US_ASCII))
              .isEqualTo("application/vnd.oasis.opendocument.spreadsheet");
        }
      }
    }
    assertThat(names).containsExactly("mimetype", "META-INF/manifest.xml", "content.xml", "styles.xml", "meta.xml");
  }

  @Test
  void manifestListsEveryPartAndEveryXmlPartIsWellFormedUtf8() throws Exception {
    Map<String, byte[]> parts = parts(render(PACK));
    for (Map.Entry<String, byte[]> part : parts.entrySet()) {
      if (part.getKey().endsWith(".xml")) {
        assertThat(new String(part.getValue(), 0, 38, StandardCharsets.UTF_8))
            .isEqualTo("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        parse(part.getValue());
      }
    }
    Document manifest = parse(parts.get("META-INF/manifest.xml"));
    assertThat(elements(manifest, Namespace.MANIFEST, "file-entry"))
        .extracting(e -> attribute(e, Namespace.MANIFEST, "full-path") + " " + attribute(e, Namespace.MANIFEST, "media-type"))
        .containsExactly("/ application/vnd.oasis.opendocument.spreadsheet", "content.xml text/xml",
            "styles.xml text/xml", "meta.xml text/xml");
  }

  @Test
  void metaHasTheDocumentPropertiesAndTheFixedDates() throws Exception {
    Document meta = parse(parts(render(PACK)).get("meta.xml"));
    assertThat(text(meta, Namespace.DC, "title")).isEqualTo(PACK.metadata().title());
    assertThat(text(meta, Namespace.DC, "language")).isEqualTo("en-GB");
    assertThat(text(meta, Namespace.DC, "creator")).isEqualTo("Performance & Quality Team");
    assertThat(text(meta, Namespace.META, "initial-creator")).isEqualTo("Performance & Quality Team");
    assertThat(text(meta, Namespace.META, "creation-date")).isEqualTo("2023-01-31T00:00:00");
    assertThat(text(meta, Namespace.DC, "date")).isEqualTo("2023-01-31T00:00:00");
    assertThat(text(meta, Namespace.META, "keyword")).isEqualTo("scorecard, performance, corporate-parenting, 2022-12");
  }

  @Test
  void everySheetPrintsLandscapeOnePageWideWithPageNumbersInTheFooter() throws Exception {
    Document styles = parse(parts(render(PACK)).get("styles.xml"));
    Element page = elements(styles, Namespace.STYLE, "page-layout-properties").get(0);
    assertThat(attribute(page, Namespace.STYLE, "print-orientation")).isEqualTo("landscape");
    assertThat(attribute(page, Namespace.FO, "page-width")).isEqualTo("297mm");
    assertThat(attribute(page, Namespace.STYLE, "scale-to-X")).isEqualTo("1");
    assertThat(attribute(page, Namespace.STYLE, "scale-to-Y")).isEqualTo("0");
    Element master = elements(styles, Namespace.STYLE, "master-page").get(0);
    assertThat(attribute(master, Namespace.STYLE, "name")).isEqualTo("Default");
    assertThat(attribute(master, Namespace.STYLE, "page-layout-name"))
        .isEqualTo(attribute((Element) page.getParentNode(), Namespace.STYLE, "name"));
    assertThat(elements(styles, Namespace.STYLE, "footer").get(0).getTextContent()).isEqualTo("Page 1 of 1");
    assertThat(elements(styles, Namespace.TEXT, "page-number")).hasSize(1);
    assertThat(elements(styles, Namespace.TEXT, "page-count")).hasSize(1);
  }

  private static String text(Document document, Namespace namespace, String name) {
    return elements(document, namespace, name).get(0).getTextContent();
  }
}
