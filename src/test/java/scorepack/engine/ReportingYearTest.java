package scorepack.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class ReportingYearTest {
  @Test
  void aprilStartsTheFinancialYear() {
    assertThat(ReportingYear.containing(YearMonth.of(2023, 3), YearKind.FINANCIAL).label()).isEqualTo("2022/23");
    assertThat(ReportingYear.containing(YearMonth.of(2023, 4), YearKind.FINANCIAL).label()).isEqualTo("2023/24");
  }

  @Test
  void septemberStartsTheAcademicYear() {
    assertThat(ReportingYear.containing(YearMonth.of(2022, 8), YearKind.ACADEMIC).label()).isEqualTo("2021/22");
    assertThat(ReportingYear.containing(YearMonth.of(2022, 9), YearKind.ACADEMIC).label()).isEqualTo("2022/23");
    assertThat(new ReportingYear(YearKind.ACADEMIC, 2022).lastMonth()).isEqualTo(YearMonth.of(2023, 8));
  }

  @Test
  void parsesTheLabelTheReportsPrint() {
    assertThat(ReportingYear.parse("2022/23", YearKind.FINANCIAL)).isEqualTo(new ReportingYear(YearKind.FINANCIAL, 2022));
    assertThat(ReportingYear.parse("1999/00", YearKind.FINANCIAL).startYear()).isEqualTo(1999);
  }

  @Test
  void rejectsYearsThatDoNotFollow() {
    assertThatThrownBy(() -> ReportingYear.parse("2022/24", YearKind.FINANCIAL)).hasMessageContaining("2022/23");
    assertThatThrownBy(() -> ReportingYear.parse("2022-23", YearKind.FINANCIAL)).hasMessageContaining("expected");
  }
}
