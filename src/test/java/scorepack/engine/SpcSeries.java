package scorepack.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Series for the SPC tests, written as numbers separated by spaces. */
final class SpcSeries {
  /**
   * Twelve points alternating 9 and 11: mean 10, every moving range 2 so the average moving range
   * is 2, limits 10 ± 2.66 × 2 = 4.68 to 15.32, near-limit lines 10 ± ⅔ × 5.32 = 6.4533… and
   * 13.5466…. It ends on 11, above the mean.
   */
  static final String BASELINE = "9 11 9 11 9 11 9 11 9 11 9 11";

  private SpcSeries() {}

  static List<BigDecimal> series(String... parts) {
    List<BigDecimal> out = new ArrayList<>();
    for (String part : parts) {
      Arrays.stream(part.trim().split("\\s+")).map(BigDecimal::new).forEach(out::add);
    }
    return out;
  }

  /** The baseline followed by the given points (index 12 onwards). */
  static List<BigDecimal> afterBaseline(String more) {
    return series(BASELINE, more);
  }

  static SpcResult chart(List<BigDecimal> figures, Polarity polarity) {
    return SpcSignals.of(figures, polarity, Optional.empty()).orElseThrow();
  }

  static SpcResult chart(List<BigDecimal> figures) {
    return chart(figures, Polarity.HIGH);
  }

  static String repeat(String value, int times) {
    return String.join(" ", java.util.Collections.nCopies(times, value));
  }
}
