package scorepack.sql;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class NamedParametersTest {
  @Test
  void periodStartAndEndBecomePlaceholdersInTheOrderWritten() {
    NamedParameters p = NamedParameters.of("SELECT 1 FROM t WHERE d < :period_end AND d >= :PERIOD_START");
    assertThat(p.jdbcSql()).isEqualTo("SELECT 1 FROM t WHERE d < ? AND d >= ?");
    assertThat(p.order()).containsExactly(NamedParameters.Name.PERIOD_END, NamedParameters.Name.PERIOD_START);
  }

  @Test
  void textInQuotesCommentsAndBracketsAndPostgresCastsIsLeftAlone() {
    String sql = "SELECT ':period_start' AS a, \"x:period_end\", [y:period_end] -- :period_start\n"
        + "/* :period_end */ , d::date, :period_startx FROM t WHERE d >= :period_start";
    NamedParameters p = NamedParameters.of(sql);
    assertThat(p.jdbcSql()).isEqualTo(sql.substring(0, sql.length() - ":period_start".length()) + "?");
    assertThat(p.order()).containsExactly(NamedParameters.Name.PERIOD_START);
  }

  @Test
  void theEndIsTheFirstDayAfterTheLastMonthSoADateColumnHoldsEachMonthWhole() {
    Months months = new Months(YearMonth.of(2022, 11), YearMonth.of(2023, 1));
    assertThat(NamedParameters.Name.PERIOD_START.of(months)).isEqualTo(LocalDate.of(2022, 11, 1));
    assertThat(NamedParameters.Name.PERIOD_END.of(months)).isEqualTo(LocalDate.of(2023, 2, 1));
    assertThat(Months.ending(YearMonth.of(2023, 1), 3)).isEqualTo(months);
    assertThat(months).hasToString("2022-11..2023-01");
    assertThat(List.of(Months.ending(YearMonth.of(2023, 1), 1).toString())).containsExactly("2023-01");
  }
}
