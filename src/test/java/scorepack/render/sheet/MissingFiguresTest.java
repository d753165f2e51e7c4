package scorepack.render.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import scorepack.pack.Cell;
import scorepack.pack.Column;
import scorepack.pack.Field;
import scorepack.pack.NumberFormat;
import scorepack.pack.Pack;
import scorepack.pack.PackFixtures;
import scorepack.pack.Row;
import scorepack.pack.Section;
import scorepack.pack.Tone;
import scorepack.pack.Trend;

class MissingFiguresTest {
  private static final Pack BASE = PackFixtures.corporateParentingLike(1);

  @Test
  void aMonthTheTrendListsIsNotAvailableAndOneItDoesNotIsNotApplicable() {
    // A quarterly measure: its trend lists quarter ends, so November has no figure by design.
    Row quarterly = row(List.of("Sept 2022", "Dec 2022"), "-", "-", "-");
    Pack pack = withRow(quarterly);
    MissingFigures missing = MissingFigures.of(pack);
    assertThat(missing.of(cell(pack, Field.MONTH, YearMonth.of(2022, 11))).orElseThrow())
        .isEqualTo(Shorthand.NOT_APPLICABLE);
    assertThat(missing.of(cell(pack, Field.MONTH, YearMonth.of(2022, 12))).orElseThrow())
        .isEqualTo(Shorthand.NOT_AVAILABLE);
  }

  @Test
  void yearToDateToleranceAndRagWithoutTolerancesAreNotApplicable() {
    Pack pack = withRow(row(List.of("Dec 2022"), "-", "", ""));
    MissingFigures missing = MissingFigures.of(pack);
    assertThat(missing.of(cell(pack, Field.YTD, null)).orElseThrow()).isEqualTo(Shorthand.NOT_APPLICABLE);
    assertThat(missing.of(cell(pack, Field.RED, null)).orElseThrow()).isEqualTo(Shorthand.NOT_APPLICABLE);
    assertThat(missing.of(cell(pack, Field.RAG_MONTH, null)).orElseThrow()).isEqualTo(Shorthand.NOT_APPLICABLE);
    assertThat(missing.of(cell(pack, Field.NATIONAL, null)).orElseThrow()).isEqualTo(Shorthand.NOT_AVAILABLE);
  }

  @Test
  void aWithheldJudgementIsNotAvailableWithANoteOnItsLine() {
    Row row = row(List.of("Dec 2022"), "-", "", "");
    List<Cell> cells = new ArrayList<>(row.cells());
    for (int i = 0; i < BASE.columns().size(); i++) {
      if (BASE.columns().get(i).field() == Field.RAG_MONTH) {
        cells.set(i, Cell.notAvailable("no figure for Dec 2022"));
      }
    }
    Pack pack = withRow(new Row(row.ref(), row.indicatorId(), "", cells, row.trend()));
    MissingFigures missing = MissingFigures.of(pack);
    // Even on a line whose tolerance cells are empty: the judgement was due, so not [z].
    assertThat(missing.of(cell(pack, Field.RAG_MONTH, null)).orElseThrow()).isEqualTo(Shorthand.NOT_AVAILABLE);
    Notes notes = new Notes();
    String markers = new RowNotes(pack, notes).markers(pack.sections().get(0).rows().get(0), row.ref());
    assertThat(markers).contains("[note 1]");
    assertThat(notes.all().get(0).text()).isEqualTo(BASE.columns().stream()
        .filter(c -> c.field() == Field.RAG_MONTH).findFirst().orElseThrow().heading()
        + " not available: no figure for Dec 2022.");
  }

  @Test
  void figuresAndJudgementsAreNotMissing() {
    Pack pack = BASE;
    MissingFigures missing = MissingFigures.of(pack);
    assertThat(missing.of(cell(pack, Field.MONTH, YearMonth.of(2022, 10)))).isEmpty();
    assertThat(missing.of(cell(pack, Field.DOT_MONTH, null))).isEmpty();
    assertThat(missing.of(cell(pack, Field.INDICATOR, null))).isEmpty();
  }

  private static Row row(List<String> trendLabels, String ytd, String red, String rag) {
    Row base = BASE.sections().get(0).rows().get(0);
    List<Cell> cells = new ArrayList<>(base.cells());
    for (int i = 0; i < BASE.columns().size(); i++) {
      Column c = BASE.columns().get(i);
      switch (c.field()) {
        case MONTH -> cells.set(i, c.period().getMonthValue() == 10
            ? new Cell("5", new BigDecimal("5"), NumberFormat.INTEGER, Tone.PLAIN, "", "") : Cell.text("-"));
        case YTD -> cells.set(i, Cell.text(ytd));
        case RED, AMBER, GREEN -> cells.set(i, Cell.text(red));
        case RAG_MONTH -> cells.set(i, Cell.text(rag));
        case NATIONAL -> cells.set(i, Cell.blank());
        default -> { }
      }
    }
    List<BigDecimal> values = new ArrayList<>();
    trendLabels.forEach(l -> values.add(BigDecimal.ONE));
    return new Row(base.ref(), base.indicatorId(), "", cells, new Trend(trendLabels, values, "x"));
  }

  private static Pack withRow(Row row) {
    return new Pack(BASE.id(), BASE.period(), BASE.metadata(), BASE.front(), BASE.columns(),
        List.of(new Section("S", List.of(row))), BASE.glossary(), BASE.dataNotes());
  }

  private static Cell cell(Pack pack, Field field, YearMonth period) {
    for (int i = 0; i < pack.columns().size(); i++) {
      Column c = pack.columns().get(i);
      if (c.field() == field && (period == null || period.equals(c.period()))) {
        return pack.sections().get(0).rows().get(0).cells().get(i);
      }
    }
    throw new AssertionError("no column " + field);
  }
}
