package scorepack.render.ods;

import static org.assertj.core.api.Assertions.assertThat;
import static scorepack.render.ods.OdsPackRendererTest.open;
import static scorepack.render.ods.OdsPackRendererTest.render;
import static scorepack.render.ods.OdsParts.elements;
import static scorepack.render.ods.OdsParts.parse;
import static scorepack.render.ods.OdsParts.parts;

import com.github.miachm.sods.Sheet;
import com.github.miachm.sods.SpreadSheet;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import scorepack.pack.GlossaryEntry;
import scorepack.pack.Pack;
import scorepack.pack.PackFixtures;
import scorepack.pack.PackMetadata;
import scorepack.pack.Section;

/** Users' text as the ODS keeps it: every space, tab and line break, and never a character XML forbids. */
class OdsTextTest {
  @Test
  void spacesTabsAndLineBreaksAreWrittenSoThatNoReaderCollapsesThem() throws Exception {
    assertThat(paragraph("one two")).isEqualTo("<text:p>one two</text:p>");
    assertThat(paragraph(" two  spaces ")).isEqualTo(
        "<text:p><text:s/>two<text:s text:c=\"2\"/>spaces<text:s/></text:p>");
    assertThat(paragraph("a\tb\nc\r\nd\re")).isEqualTo(
        "<text:p>a<text:tab/>b<text:line-break/>c<text:line-break/>d<text:line-break/>e</text:p>");
    assertThat(paragraph("a \tb")).isEqualTo("<text:p>a<text:s/><text:tab/>b</text:p>");
    assertThat(paragraph("R&D <5%> \"quoted\"")).isEqualTo("<text:p>R&amp;D &lt;5%&gt; \"quoted\"</text:p>");
  }

  @Test
  void aReaderGetsBackEverySpaceTabAndLineBreak() throws Exception {
    String definition = "  two leading,  two inside,\ta tab,\nline two, trailing  ";
    Pack pack = withGlossary(PackFixtures.corporateParentingLike(2), new GlossaryEntry("Spacing", definition));
    assertThat(texts(open(pack).getSheet("Glossary"))).contains(definition);
  }

  @Test
  void contentsLinksKeepTheSpacesOfSheetNamesAsPlainText() throws Exception {
    // LibreOffice drops a text:s inside a link: SODS's "CARE<text:s/>LEAVERS" showed as CARELEAVERS.
    Document content = parse(parts(render(PackFixtures.corporateParentingLike(12))).get("content.xml"));
    List<Element> links = elements(content, Namespace.TEXT, "a");
    assertThat(links).extracting(Element::getTextContent).contains("LOOKED AFTER CHILDREN", "CARE LEAVERS");
    assertThat(links).allSatisfy(link -> assertThat(link.getChildNodes().getLength()).isEqualTo(1));
    assertThat(links).allSatisfy(link -> assertThat(link.getFirstChild().getNodeType()).isEqualTo(Node.TEXT_NODE));
  }

  @Test
  void charactersXmlForbidsAreDroppedFromTitlesSheetNamesAndCells() throws Exception {
    // Large enough for a sheet per section, named by the section.
    Pack base = PackFixtures.corporateParentingLike(12);
    PackMetadata m = base.metadata();
    Pack pack = new Pack(base.id(), base.period(),
        new PackMetadata("Report\u0007 for\u0000 members", m.subject(), m.author(), m.language(), m.created(),
            m.documentId()),
        base.front(), base.columns(),
        List.of(base.sections().get(0), new Section("CARE\u001B LEAVERS", base.sections().get(1).rows())),
        List.of(new GlossaryEntry("Bell\u0007 term", "Not a char: \uFFFF, half a pair: \uD800; a pair: \uD83D\uDE00")),
        base.dataNotes());

    Map<String, byte[]> parts = parts(render(pack));
    for (Map.Entry<String, byte[]> part : parts.entrySet()) {
      if (part.getKey().endsWith(".xml")) {
        parse(part.getValue());
      }
    }
    assertThat(elements(parse(parts.get("meta.xml")), Namespace.DC, "title").get(0).getTextContent())
        .isEqualTo("Report for members");
    SpreadSheet ods = open(pack);
    assertThat(ods.getSheets()).extracting(Sheet::getName).contains("CARE LEAVERS");
    assertThat(texts(ods.getSheet("Contents"))).contains("CARE LEAVERS");
    assertThat(texts(ods.getSheet("Glossary"))).contains("Bell term", "Not a char: , half a pair: ; a pair: \uD83D\uDE00");
  }

  @Test
  void xmlSafeKeepsTextWithoutForbiddenCharactersAsItIs() {
    String text = "Tab\tnewline\ncarriage return\r £ → \uD83D\uDE00 \u007F\u0085";
    assertThat(XmlPart.xmlSafe(text)).isSameAs(text);
    assertThat(XmlPart.xmlSafe("\u0000a\u0001b\u001Fc\uFFFEd\uFFFF\uDC00e\uD800")).isEqualTo("abcde");
  }

  private static String paragraph(String text) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    XmlPart xml = new XmlPart(out).root(Namespace.TEXT, "body", Namespace.TEXT);
    OdsText.paragraph(xml, text);
    xml.finish();
    String written = out.toString(StandardCharsets.UTF_8);
    return written.substring(written.indexOf("<text:p>"), written.lastIndexOf("</text:body>"));
  }

  private static Pack withGlossary(Pack pack, GlossaryEntry entry) {
    return new Pack(pack.id(), pack.period(), pack.metadata(), pack.front(), pack.columns(), pack.sections(),
        List.of(entry), pack.dataNotes());
  }

  private static List<Object> texts(Sheet sheet) {
    List<Object> texts = new ArrayList<>();
    for (int r = 0; r < sheet.getMaxRows(); r++) {
      for (int c = 0; c < sheet.getMaxColumns(); c++) {
        texts.add(sheet.getRange(r, c).getValue());
      }
    }
    return texts;
  }
}
