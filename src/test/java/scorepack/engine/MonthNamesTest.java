package scorepack.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class MonthNamesTest {
  @Test
  void namesMonthsAsTheReportsDoWhateverTheMachinesLocale() {
    Locale locale = Locale.getDefault();
    try {
      Locale.setDefault(Locale.FRANCE);
      assertThat(MonthNames.shortName(YearMonth.of(2022, 9))).isEqualTo("Sep 2022");
      assertThat(MonthNames.shortName(YearMonth.of(2023, 1))).isEqualTo("Jan 2023");
      assertThat(MonthNames.columnHeading(YearMonth.of(2022, 12))).isEqualTo("Dec-22");
      assertThat(MonthNames.columnHeading(YearMonth.of(2005, 6))).isEqualTo("Jun-05");
      assertThat(MonthNames.longName(YearMonth.of(2022, 9))).isEqualTo("September 2022");
      assertThat(MonthNames.longName(YearMonth.of(2000, 5))).isEqualTo("May 2000");
    } finally {
      Locale.setDefault(locale);
    }
  }

  @Test
  void reportingYearsAcrossACenturyKeepTwoDigits() {
    assertThat(ReportingYear.containing(YearMonth.of(2099, 4), YearKind.FINANCIAL).label()).isEqualTo("2099/00");
    assertThat(ReportingYear.containing(YearMonth.of(2009, 4), YearKind.FINANCIAL).label()).isEqualTo("2009/10");
    assertThat(ReportingYear.containing(YearMonth.of(2008, 4), YearKind.FINANCIAL).label()).isEqualTo("2008/09");
  }
}
