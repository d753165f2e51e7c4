package scorepack.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DisplayPrecisionTest {
  @ParameterizedTest
  @CsvSource({
      "0, 0", "7, 7", "999, 999", "1000, '1,000'", "-1000, '-1,000'", "12345.678, '12,345.678'",
      "-0.50, -0.50", "1234567, '1,234,567'", "100000, '100,000'", "-999999.9, '-999,999.9'", "1E+3, '1,000'"})
  void groupsThousandsWithCommasAndKeepsTheValuesDecimals(String value, String expected) {
    assertThat(DisplayPrecision.grouped(new BigDecimal(value))).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({
      "92.25, PERCENT, 1, 92.3%", "92.24, PERCENT, 1, 92.2%", "-2.5, COUNT, 0, -3", "1234.5, COUNT, 0, '1,235'",
      "0.04, RATE_PER_1000, 1, 0.0", "-0.04, RATE_PER_1000, 1, 0.0", "551, COUNT, 0, 551", "12.3456, RATE_PER_1000, 2, 12.35"})
  void printsAFigureRoundedHalfAwayFromZeroToItsDecimals(String value, Unit unit, int decimals, String expected) {
    assertThat(DisplayPrecision.text(new BigDecimal(value), unit, decimals)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({"95.00, PERCENT, 95%", "95.20, PERCENT, 95.2%", "1E+3, COUNT, '1,000'", "0.125, RATE_PER_1000, 0.125"})
  void printsABoundToItsOwnDecimals(String value, Unit unit, String expected) {
    assertThat(DisplayPrecision.boundText(new BigDecimal(value), unit)).isEqualTo(expected);
  }

  /** The JDK's formatter, which the pack printed with before, is the independent reference. */
  @Test
  void printsWhatTheJdksUkFormatterPrints() {
    Random random = new Random(20261130);
    for (int i = 0; i < 20_000; i++) {
      int decimals = random.nextInt(4);
      BigDecimal value = BigDecimal.valueOf(random.nextLong() % 100_000_000_000L, random.nextInt(8));
      String reference = String.format(Locale.UK, "%,." + decimals + "f", DisplayPrecision.round(value, decimals));
      assertThat(DisplayPrecision.text(value, Unit.COUNT, decimals)).as("%s to %d decimals", value, decimals)
          .isEqualTo(reference);
    }
  }
}
