package scorepack.render.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import scorepack.pack.NumberFormat;
import scorepack.pack.Tone;

/**
 * Issue 15, point 6: in LibreOffice the workbook's rows stayed one line high, so wrapped text ran
 * into the next row and headings were cut ("TARGET & TOLERANC").
 */
class TextFitTest {
  @Test
  void aRowIsAsTallAsItsLongestWrappedCell() {
    List<SheetCell> row = List.of(SheetCell.body("one\ntwo\nthree"), SheetCell.body("short"));
    assertThat(TextFit.rowHeight(row, List.of(20, 20))).isEqualTo(3 * TextFit.LINE_HEIGHT);
  }

  @Test
  void aRowOfOneLineKeepsTheDefaultHeight() {
    assertThat(TextFit.rowHeight(List.of(SheetCell.body("Red"), SheetCell.body("92.2%")), List.of(11, 11))).isZero();
  }

  @Test
  void wordsWrapWhereTheColumnEndsAndALongWordBreaks() {
    // "mmmm" is four of Arial 10's widest letters: 4 × 0.833 em × 13.3 px × 1.08 = 48 px, a space 4 px.
    // A column of 24 characters has 24 × 7 - 7 = 161 px of room: three words (152 px) a line, so ten
    // words take four lines.
    assertThat(TextFit.lines("mmmm mmmm mmmm mmmm mmmm mmmm mmmm mmmm mmmm mmmm", false, 24)).isEqualTo(4);
    assertThat(TextFit.lines("m".repeat(40), false, 10)).isGreaterThan(1);
  }

  @Test
  void lineExplanationsAndLabelsDoNotWrapSoNeedNoHeight() {
    List<SheetCell> row = List.of(SheetCell.text("A very long line of explanation ".repeat(10), TextRole.LINE));
    assertThat(TextFit.rowHeight(row, List.of(8))).isZero();
  }

  @Test
  void aTableColumnIsWidenedToKeepEveryWordOfItsHeadingWhole() {
    TableLayout table = new TableLayout("Scorecard", List.of("Ref", "TARGET & TOLERANCES: Red"),
        List.of(List.of(SheetCell.body("1.1"), SheetCell.body("<87%"))), List.of(8, 9));
    int width = table.widths().get(1);
    assertThat(width).isGreaterThan(9).isEqualTo(TextFit.widthFor("TOLERANCES:", true));
    // Three words, three lines at most: none of them is split.
    assertThat(TextFit.lines("TARGET & TOLERANCES: Red", true, width)).isLessThanOrEqualTo(4);
  }

  @Test
  void aFigureColumnIsWideEnoughForTheFigureAsShown() {
    FigureFormat withYear = new FigureFormat("", NumberFormat.ONE_DECIMAL, " (2021/22)");
    TableLayout table = new TableLayout("Scorecard", List.of("Nat av."),
        List.of(List.of(new SheetCell.Figure(new BigDecimal("1102.4"), withYear, Tone.PLAIN))), List.of(8));
    assertThat(withYear.shown(new BigDecimal("1102.4"))).isEqualTo("1,102.4 (2021/22)");
    assertThat(table.widths().get(0)).isEqualTo(TextFit.widthFor("1,102.4 (2021/22)", false));
  }
}
