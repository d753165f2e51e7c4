package scorepack.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The term columns of an academic-year table, as the Members report's education table prints them. */
class TermColumnsTest {
  private static final PeriodCalendar TERMS = PeriodCalendar.DEFAULT;

  private static List<YearMonth> ends(String... months) {
    return java.util.Arrays.stream(months).map(YearMonth::parse).toList();
  }

  @Test
  void inMarchTheTableShowsTheAutumnAndSpringTermsOfTheAcademicYear() {
    TermColumns march = new TermColumns(YearMonth.of(2023, 3), TERMS);
    assertThat(march.periodEnds()).isEqualTo(ends("2022-12", "2023-03"));
    assertThat(march.reportingMonth()).isEqualTo(YearMonth.of(2023, 3));
    assertThat(march.year().label()).isEqualTo("2022/23");
    assertThat(march.heading(YearMonth.of(2022, 12))).isEqualTo("Term 1");
    assertThat(march.heading(YearMonth.of(2023, 3))).isEqualTo("Term 2");
    assertThat(march.describe()).isEqualTo("Term 1 to Term 2 2022/23");
  }

  @Test
  void betweenTermEndsTheTableIsAsAtTheLatestTermEnded() {
    TermColumns may = new TermColumns(YearMonth.of(2023, 5), TERMS);
    assertThat(may.reportingMonth()).isEqualTo(YearMonth.of(2023, 3));
    assertThat(may.periodEnds()).isEqualTo(ends("2022-12", "2023-03"));
  }

  @Test
  void termThreeAppearsFromTheSummer() {
    assertThat(new TermColumns(YearMonth.of(2023, 7), TERMS).periodEnds())
        .isEqualTo(ends("2022-12", "2023-03", "2023-07"));
  }

  @Test
  void beforeTheAutumnTermEndsTheTableStillShowsTheYearJustEnded() {
    TermColumns october = new TermColumns(YearMonth.of(2023, 10), TERMS);
    assertThat(october.periodEnds()).isEqualTo(ends("2022-12", "2023-03", "2023-07"));
    assertThat(october.year().label()).isEqualTo("2022/23");
    assertThat(new TermColumns(YearMonth.of(2023, 12), TERMS).periodEnds()).isEqualTo(ends("2023-12"));
  }

  @Test
  void aTermIsCodedByItsAcademicYearAndNumber() {
    TermColumns march = new TermColumns(YearMonth.of(2023, 3), TERMS);
    assertThat(march.code(YearMonth.of(2022, 12))).isEqualTo("2022/23-T1");
    assertThat(march.code(YearMonth.of(2023, 3))).isEqualTo("2022/23-T2");
  }

  @Test
  void eachTermCoversTheMonthsSinceThePreviousTermEnded() {
    TermColumns july = new TermColumns(YearMonth.of(2023, 7), TERMS);
    assertThat(july.window(YearMonth.of(2022, 12))).isEqualTo("Term 1 2022/23 (Autumn): Sep 2022 to Dec 2022");
    assertThat(july.window(YearMonth.of(2023, 3))).isEqualTo("Term 2 2022/23 (Spring): Jan 2023 to Mar 2023");
    assertThat(july.window(YearMonth.of(2023, 7))).isEqualTo("Term 3 2022/23 (Summer): Apr 2023 to Jul 2023");
  }

  @Test
  void termsAreNumberedFromSeptemberWhateverOrderTheSettingsListThem() {
    PeriodCalendar listedFromSpring = new PeriodCalendar(List.of(new PeriodCalendar.Term("Spring",
        java.time.Month.MARCH), new PeriodCalendar.Term("Summer", java.time.Month.JULY),
        new PeriodCalendar.Term("Autumn", java.time.Month.DECEMBER)));
    assertThat(listedFromSpring.termNumber(YearMonth.of(2022, 12))).contains(1);
    assertThat(listedFromSpring.termNumber(YearMonth.of(2023, 7))).contains(3);
    assertThat(listedFromSpring.termNumber(YearMonth.of(2023, 8))).isEmpty();
  }
}
