package scorepack.render.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.apache.commons.io.output.StringBuilderWriter;
import org.apache.poi.xssf.streaming.SheetDataWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StreamedWorkbookTest {
  /** POI's own escaping, the reference that the streamed sheets' quicker one must match. */
  private static final class PoiEscaping extends SheetDataWriter {
    PoiEscaping(StringWriter out) throws IOException {
      super(out);
    }

    void escape(String text) throws IOException {
      outputEscapedString(text);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "", "plain text", "<tag> & \"quoted\" 'single'", "tab\there, line\nbreak, return\r",
      "non-breaking\u00a0space", "control \u0001\u0008\u001f chars", "non-characters \ufffe \uffff",
      "arrows \u2191 \u2193 \u2192, pound \u00a3, dash \u2013", "emoji \ud83d\udcc8 pair",
      "lone \ud800 high and \udc00 low surrogates", "&&<<>>", "ends with <"})
  void escapesTextExactlyAsPoiDoes(String text) throws IOException {
    StringWriter poi = new StringWriter();
    new PoiEscaping(poi).escape(text);
    StringBuilderWriter ours = new StringBuilderWriter();
    new StreamedWorkbook.SheetDataInMemory(ours).outputEscapedString(text);

    assertThat(ours.toString()).isEqualTo(poi.toString());
  }

  @Test
  void escapesMarkupAndReplacesCharactersXmlForbids() throws IOException {
    StringBuilderWriter out = new StringBuilderWriter();
    StreamedWorkbook.SheetDataInMemory sheet = new StreamedWorkbook.SheetDataInMemory(out);
    sheet.outputEscapedString("a<b & \"c\"\u0002\n");
    sheet.getWorksheetXMLInputStream().close();

    assertThat(out.toString()).isEqualTo("a&lt;b &amp; &quot;c&quot;?&#xa;");
    assertThat(new String(sheet.getWorksheetXMLInputStream().readAllBytes(), StandardCharsets.UTF_8))
        .isEqualTo(out.toString());
  }
}
