package scorepack.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import scorepack.pack.Column;
import scorepack.pack.Field;

class PdfScorecardHeaderTest {
  @Test
  void consecutiveColumnsOfAGroupShareOneGroupHeading() {
    List<Column> columns = List.of(
        new Column(Field.REF, "REF NO.", "", null),
        new Column(Field.MONTH, "Nov-22", "2022/23", YearMonth.of(2022, 11)),
        new Column(Field.MONTH, "Dec-22", "2022/23", YearMonth.of(2022, 12)),
        new Column(Field.RED, "Red", "TARGET & TOLERANCES", null),
        new Column(Field.RANK, "Rank", "", null));
    assertThat(ScorecardTable.header(columns)).containsExactly(
        new HeaderCell("REF NO.", 0, 1, 0, 2),
        new HeaderCell("2022/23", 1, 2, 0, 1),
        new HeaderCell("TARGET & TOLERANCES", 3, 1, 0, 1),
        new HeaderCell("Rank", 4, 1, 0, 2),
        new HeaderCell("Nov-22", 1, 1, 1, 1),
        new HeaderCell("Dec-22", 2, 1, 1, 1),
        new HeaderCell("Red", 3, 1, 1, 1));
  }

  @Test
  void withoutGroupsTheHeaderIsOneRow() {
    List<Column> columns = List.of(new Column(Field.REF, "REF NO.", "", null),
        new Column(Field.INDICATOR, "INDICATOR", "", null));
    assertThat(ScorecardTable.header(columns)).containsExactly(
        new HeaderCell("REF NO.", 0, 1, 0, 1), new HeaderCell("INDICATOR", 1, 1, 0, 1));
  }
}
