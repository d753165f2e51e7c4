package scorepack.render.csv;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import scorepack.pack.Pack;
import scorepack.pack.PrintedFigure;
import scorepack.render.PackRenderer;

/**
 * Writes a pack as long-form CSV: {@code pack,section,ref,indicator,breakdown,field,period,value,text,
 * reference_period}, one row per printed figure or judgement. {@code value} is the number (percentages in percentage
 * points) or the judgement's code (up, red, ...); {@code text} is exactly what the pack prints.
 */
public final class CsvPackRenderer implements PackRenderer {
  /** The output's columns, in order. */
  public static final List<String> HEADER =
      List.of("pack", "section", "ref", "indicator", "breakdown", "field", "period", "value", "text",
          "reference_period");
  private static final CsvMapper MAPPER =
      CsvMapper.builder().enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).build();

  @Override
  public void render(Pack pack, OutputStream out) throws IOException {
    CsvSchema schema = CsvSchema.builder().setUseHeader(false).setLineSeparator("\n").build();
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    try (SequenceWriter csv = MAPPER.writer(schema).without(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
        .writeValues(writer)) {
      csv.write(HEADER.toArray(new String[0]));
      for (PrintedFigure f : pack.figures()) {
        csv.write(new String[] {pack.id(), asText(f.section()), asText(f.ref()), f.indicator(),
            asText(f.breakdown()), f.field().code(), f.periodCode(), f.cell().dataValue(), asText(f.cell().text()),
            f.cell().referencePeriod()});
      }
    }
    writer.flush();
  }

  /**
   * Keeps text from becoming a spreadsheet formula when the CSV is opened in Excel: a leading
   * {@code = + @} (or {@code -} before something other than a number) gets a leading apostrophe.
   * A lone dash, the pack's "no figure", is left as it is.
   */
  static String asText(String text) {
    if (text.isEmpty()) {
      return text;
    }
    char c = text.charAt(0);
    boolean risky = c == '=' || c == '+' || c == '@' || c == '\t' || c == '\r'
        || (c == '-' && text.length() > 1 && !isNumber(text));
    return risky ? "'" + text : text;
  }

  private static boolean isNumber(String text) {
    try {
      new BigDecimal(text.replace(",", "").replace("%", ""));
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }
}
