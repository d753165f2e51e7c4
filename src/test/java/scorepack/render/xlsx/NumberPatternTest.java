package scorepack.render.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import scorepack.pack.Cell;
import scorepack.pack.NumberFormat;
import scorepack.pack.Tone;

class NumberPatternTest {
  @Test
  void plainFigureUsesThePacksPattern() {
    assertThat(NumberPattern.of(cell("92.2%", "92.2", NumberFormat.PERCENT_ONE_DECIMAL))).isEqualTo("0.0%");
    assertThat(NumberPattern.of(cell("1,234", "1234", NumberFormat.INTEGER))).isEqualTo("#,##0");
  }

  @Test
  void signsPrintedAroundTheNumberBecomeLiterals() {
    assertThat(NumberPattern.of(cell("<87%", "87", NumberFormat.PERCENT_INTEGER))).isEqualTo("\"<\"0%");
    assertThat(NumberPattern.of(cell("87%+", "87", NumberFormat.PERCENT_INTEGER))).isEqualTo("0%\"+\"");
    assertThat(NumberPattern.of(cell("£1,000", "1000", NumberFormat.INTEGER))).isEqualTo("\"£\"#,##0");
  }

  @Test
  void negativeNumberLeavesTheMinusSignToExcel() {
    assertThat(NumberPattern.of(cell("-5.5", "-5.5", NumberFormat.ONE_DECIMAL))).isEqualTo("#,##0.0");
  }

  @Test
  void quoteInTheTextFallsBackToThePlainPattern() {
    assertThat(NumberPattern.of(cell("\"87", "87", NumberFormat.INTEGER))).isEqualTo("#,##0");
  }

  private static Cell cell(String text, String value, NumberFormat format) {
    return new Cell(text, new BigDecimal(value), format, Tone.PLAIN, "", "");
  }
}
