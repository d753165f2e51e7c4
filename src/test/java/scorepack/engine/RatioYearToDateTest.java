package scorepack.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;

/** Table-driven over random months: a ratio's year to date is the ratio of the sums. */
class RatioYearToDateTest {
  @RepeatedTest(50)
  void yearToDateIsSumOfNumeratorsOverSumOfDenominators(RepetitionInfo info) {
    Random random = new Random(info.getCurrentRepetition());
    Indicators.SeriesBuilder b = Indicators.series("r");
    long num = 0;
    long den = 0;
    BigDecimal sumOfPercents = BigDecimal.ZERO;
    boolean denominatorsDiffer = false;
    long firstDen = -1;
    for (int m = 4; m <= 12; m++) {
      long d = 1 + random.nextInt(200);
      long n = random.nextInt((int) d + 1);
      b.ratio(String.format("2022-%02d", m), n, d);
      num += n;
      den += d;
      sumOfPercents = sumOfPercents.add(BigDecimal.valueOf(n * 100).divide(BigDecimal.valueOf(d), MathContext.DECIMAL64));
      denominatorsDiffer |= firstDen >= 0 && firstDen != d;
      firstDen = firstDen < 0 ? d : firstDen;
    }
    IndicatorDefinition def = Indicators.definition("r", Unit.PERCENT, Polarity.HIGH, Behaviour.RATIO);
    BigDecimal ytd = Indicators.calculate(def, b.build(), "2022-12").yearToDate().orElseThrow().value();
    BigDecimal ratioOfSums = BigDecimal.valueOf(num * 100).divide(BigDecimal.valueOf(den), MathContext.DECIMAL64);
    BigDecimal meanOfPercents = sumOfPercents.divide(BigDecimal.valueOf(9), MathContext.DECIMAL64);
    assertThat(ytd).isEqualByComparingTo(ratioOfSums);
    if (denominatorsDiffer && ratioOfSums.subtract(meanOfPercents).abs().compareTo(new BigDecimal("1e-9")) > 0) {
      assertThat(ytd).isNotEqualByComparingTo(meanOfPercents);
    }
  }
}
