package scorepack.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BenchmarkVintagesTest {
  private static final Benchmark OLD = new Benchmark(BenchmarkKind.SN_AVERAGE, new BigDecimal("2.0"), "2019/20",
      Optional.of(LocalDate.of(2020, 6, 25)));
  private static final Benchmark NEW = new Benchmark(BenchmarkKind.SN_AVERAGE, new BigDecimal("2.3"), "2021/22",
      Optional.of(LocalDate.of(2022, 6, 30)));
  private static final Benchmark UNDATED = new Benchmark(BenchmarkKind.NATIONAL, new BigDecimal("2.8"), "");

  @Test
  void aPackPrintsTheLatestVintagePublishedOnOrBeforeItsDay() {
    assertThat(BenchmarkVintages.current(List.of(NEW, OLD, UNDATED), LocalDate.of(2022, 5, 18)))
        .containsExactly(OLD, UNDATED);
    // published on the issue date itself: current
    assertThat(BenchmarkVintages.current(List.of(OLD, NEW, UNDATED), LocalDate.of(2022, 6, 30)))
        .containsExactly(NEW, UNDATED);
  }

  @Test
  void aKindWithNothingPublishedYetIsLeftOutAndAnUndatedFigureIsAlwaysInForce() {
    assertThat(BenchmarkVintages.current(List.of(OLD, NEW, UNDATED), LocalDate.of(2019, 1, 1)))
        .containsExactly(UNDATED);
  }
}
