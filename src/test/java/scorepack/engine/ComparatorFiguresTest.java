package scorepack.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static scorepack.engine.Indicators.n;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class ComparatorFiguresTest {
  /** Twelve authorities: ours (Home) 70, and eleven others 10, 20, ..., 110 (with 70 twice). */
  private static AuthorityValues values() {
    Map<String, BigDecimal> v = new LinkedHashMap<>();
    v.put("Home", n("70"));
    for (int i = 1; i <= 11; i++) {
      v.put("LA" + i, BigDecimal.valueOf(i * 10L));
    }
    return new AuthorityValues("2021/22", v);
  }

  private static NeighbourLists neighbours() {
    TreeMap<YearMonth, List<String>> lists = new TreeMap<>();
    lists.put(YearMonth.of(2021, 6), List.of("LA1", "LA2", "LA3", "LA99"));
    lists.put(YearMonth.of(2025, 5), List.of("LA9", "LA10", "LA11"));
    return new NeighbourLists("Home", List.of("Home", "LA5", "LA6"), lists);
  }

  private static BigDecimal of(ComparatorFigures.Result r, BenchmarkKind kind) {
    return r.benchmarks().stream().filter(b -> b.kind() == kind).findFirst().orElseThrow().value()
        .setScale(4, RoundingMode.HALF_UP);
  }

  @Test
  void quantileType7InterpolatesLikeR() {
    List<BigDecimal> oneToTen = java.util.stream.IntStream.rangeClosed(1, 10).mapToObj(BigDecimal::valueOf).toList();
    // R: quantile(1:10, c(.25, .5, .75)) gives 3.25, 5.5, 7.75
    assertThat(ComparatorFigures.quantileType7(oneToTen, 0.25)).isEqualByComparingTo("3.25");
    assertThat(ComparatorFigures.quantileType7(oneToTen, 0.5)).isEqualByComparingTo("5.5");
    assertThat(ComparatorFigures.quantileType7(oneToTen, 0.75)).isEqualByComparingTo("7.75");
  }

  @Test
  void neighbourAverageIsTheMeanOfNeighboursWithAValue() {
    ComparatorFigures.Result r = ComparatorFigures.compute(Polarity.HIGH, values(), neighbours(), YearMonth.of(2023, 3));
    // LA99 has no value: (10 + 20 + 30) / 3 = 20
    assertThat(of(r, BenchmarkKind.SN_AVERAGE)).isEqualByComparingTo("20");
    assertThat(of(r, BenchmarkKind.BEST_SN)).isEqualByComparingTo("30");
    assertThat(of(r, BenchmarkKind.REGIONAL)).isEqualByComparingTo("60"); // (70 + 50 + 60) / 3
  }

  @Test
  void theNeighbourListInForceAtTheReportingMonthIsUsed() {
    ComparatorFigures.Result r = ComparatorFigures.compute(Polarity.LOW, values(), neighbours(), YearMonth.of(2025, 6));
    assertThat(of(r, BenchmarkKind.SN_AVERAGE)).isEqualByComparingTo("100"); // (90 + 100 + 110) / 3
    assertThat(of(r, BenchmarkKind.BEST_SN)).isEqualByComparingTo("90"); // lowest is best
  }

  @Test
  void quartilesBandAndRankFollowPolarity() {
    // Sorted: 10 20 30 40 50 60 70 70 80 90 100 110; n = 12; Q1 at h = 2.75 → 37.5; Q3 at h = 8.25 → 82.5
    ComparatorFigures.Result high = ComparatorFigures.compute(Polarity.HIGH, values(), neighbours(), YearMonth.of(2023, 3));
    assertThat(of(high, BenchmarkKind.TOP_QUARTILE)).isEqualByComparingTo("82.5");
    assertThat(high.band()).contains(QuartileBand.B); // median 65 ≤ 70 < 82.5
    assertThat(high.rank()).contains(5); // 110, 100, 90, 80 are better; the two 70s share rank 5
    assertThat(high.of()).isEqualTo(12);

    ComparatorFigures.Result low = ComparatorFigures.compute(Polarity.LOW, values(), neighbours(), YearMonth.of(2023, 3));
    assertThat(of(low, BenchmarkKind.TOP_QUARTILE)).isEqualByComparingTo("37.5");
    assertThat(low.band()).contains(QuartileBand.C);
    assertThat(low.rank()).contains(7); // six lower values are better
  }

  @Test
  void informationMeasuresHaveNoBestBandOrRank() {
    ComparatorFigures.Result r = ComparatorFigures.compute(Polarity.INFO, values(), neighbours(), YearMonth.of(2023, 3));
    assertThat(r.benchmarks()).extracting(Benchmark::kind)
        .containsExactly(BenchmarkKind.SN_AVERAGE, BenchmarkKind.REGIONAL);
    assertThat(r.band()).isEmpty();
    assertThat(r.rank()).isEmpty();
  }
}
