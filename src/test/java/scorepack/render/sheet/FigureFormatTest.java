package scorepack.render.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import scorepack.pack.Cell;
import scorepack.pack.NumberFormat;
import scorepack.pack.Tone;

class FigureFormatTest {
  @Test
  void plainFigureUsesThePacksPattern() {
    assertThat(pattern("92.2%", "92.2", NumberFormat.PERCENT_ONE_DECIMAL)).isEqualTo("0.0\\%");
    assertThat(pattern("1,234", "1234", NumberFormat.INTEGER)).isEqualTo("#,##0");
  }

  @Test
  void signsPrintedAroundTheNumberBecomeLiterals() {
    assertThat(pattern("<87%", "87", NumberFormat.PERCENT_INTEGER)).isEqualTo("\"<\"0\\%");
    assertThat(pattern("87%+", "87", NumberFormat.PERCENT_INTEGER)).isEqualTo("0\\%\"+\"");
    assertThat(pattern("£1,000", "1000", NumberFormat.INTEGER)).isEqualTo("\"£\"#,##0");
    assertThat(pattern("70.0 (2021/22)", "70", NumberFormat.ONE_DECIMAL)).isEqualTo("#,##0.0\" (2021/22)\"");
  }

  @Test
  void negativeNumberLeavesTheMinusSignToTheSpreadsheet() {
    assertThat(pattern("-5.5", "-5.5", NumberFormat.ONE_DECIMAL)).isEqualTo("#,##0.0");
  }

  @Test
  void quoteInTheTextFallsBackToThePlainPattern() {
    assertThat(pattern("\"87", "87", NumberFormat.INTEGER)).isEqualTo("#,##0");
  }

  /** Issue 15, point 6: the scorecard sheets held fractions (0.922) where the Data sheet and CSV held 92.2. */
  @Test
  void percentagesAreHeldInPercentagePointsSoTheSignIsALiteralThatDoesNotScale() {
    SheetCell.Figure figure = SheetCell.figure(new Cell("92.2%", new BigDecimal("92.2"),
        NumberFormat.PERCENT_ONE_DECIMAL, Tone.PLAIN, "", ""));
    assertThat(figure.value()).isEqualByComparingTo("92.2");
    // Unescaped, Excel's % would show the 92.2 as 9220.0%.
    assertThat(figure.format().excelPattern()).isEqualTo("0.0\\%");
    assertThat(FigureFormat.GENERAL.excelPattern()).isEqualTo("General");
  }

  private static String pattern(String text, String value, NumberFormat format) {
    return FigureFormat.of(new Cell(text, new BigDecimal(value), format, Tone.PLAIN, "", "")).excelPattern();
  }
}
