package scorepack.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class ReportingQuarterTest {
  private static ReportingQuarter lastCompleteAt(int year, int month) {
    return ReportingQuarter.lastCompleteAt(YearMonth.of(year, month), YearKind.FINANCIAL);
  }

  @Test
  void theQuarterEndingInTheMonthIsComplete() {
    ReportingQuarter q4 = lastCompleteAt(2022, 3);
    assertThat(q4).isEqualTo(new ReportingQuarter(new ReportingYear(YearKind.FINANCIAL, 2021), 4));
    assertThat(q4.firstMonth()).isEqualTo(YearMonth.of(2022, 1));
    assertThat(q4.lastMonth()).isEqualTo(YearMonth.of(2022, 3));
    assertThat(q4.fullName()).isEqualTo("Quarter 4 2021/22 (Jan 2022–Mar 2022)");
  }

  @Test
  void aMonthPartWayThroughAQuarterReportsTheOneBefore() {
    assertThat(lastCompleteAt(2023, 2).fullName()).isEqualTo("Quarter 3 2022/23 (Oct 2022–Dec 2022)");
    assertThat(lastCompleteAt(2022, 12).label()).isEqualTo("Quarter 3");
  }

  @Test
  void aprilAndMayLookBackToTheLastYearsFourthQuarter() {
    assertThat(lastCompleteAt(2022, 5)).isEqualTo(new ReportingQuarter(new ReportingYear(YearKind.FINANCIAL, 2021), 4));
    assertThat(lastCompleteAt(2022, 6).number()).isEqualTo(1);
  }

  @Test
  void theQuarterBeforeTheFirstIsTheLastOfTheYearBefore() {
    ReportingQuarter q1 = lastCompleteAt(2022, 6);
    assertThat(q1.previous().fullName()).isEqualTo("Quarter 4 2021/22 (Jan 2022–Mar 2022)");
    assertThat(lastCompleteAt(2022, 3).previous().lastMonth()).isEqualTo(YearMonth.of(2021, 12));
  }
}
