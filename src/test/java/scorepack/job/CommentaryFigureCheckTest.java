package scorepack.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import scorepack.definition.QuotedNumber;
import scorepack.pack.Cell;
import scorepack.pack.Field;
import scorepack.pack.NumberFormat;
import scorepack.pack.PrintedFigure;
import scorepack.pack.Tone;

/** When a number in a comment agrees with a printed figure, misquotes one, or quotes none. */
class CommentaryFigureCheckTest {
  private static final YearMonth MARCH = YearMonth.of(2023, 3);
  private static final YearMonth DECEMBER = YearMonth.of(2022, 12);

  /** Members, March 2023: A.12 children in care (a count) and B.8 their rate, as the pack prints them. */
  private static final List<PrintedFigure> CHILDREN_IN_CARE = List.of(
      figure("A.12 (SC)", "looked-after-children", Field.MONTH, YearMonth.of(2023, 1), "546", NumberFormat.INTEGER),
      figure("A.12 (SC)", "looked-after-children", Field.MONTH, YearMonth.of(2023, 2), "555", NumberFormat.INTEGER),
      figure("A.12 (SC)", "looked-after-children", Field.MONTH, MARCH, "545", NumberFormat.INTEGER),
      figure("A.12 (SC)", "looked-after-children", Field.PREVIOUS_YEAR, MARCH, "562", NumberFormat.INTEGER),
      figure("B.8 (SC)", "looked-after-children-rate", Field.MONTH, MARCH, "96.689", NumberFormat.ONE_DECIMAL),
      figure("B.8 (SC)", "looked-after-children-rate", Field.GREEN, MARCH, "95.2", NumberFormat.ONE_DECIMAL));

  /** Corporate Parenting, December 2022: 4.9 health assessments up to date. */
  private static final List<PrintedFigure> HEALTH = List.of(
      figure("4.9", "health-assessments-up-to-date", Field.MONTH, DECEMBER, "74.472169",
          NumberFormat.PERCENT_ONE_DECIMAL),
      figure("4.9", "health-assessments-up-to-date", Field.PREVIOUS_YEAR, DECEMBER, "70.998117",
          NumberFormat.PERCENT_ONE_DECIMAL),
      figure("4.9", "health-assessments-up-to-date", Field.GREEN, DECEMBER, "95",
          NumberFormat.PERCENT_INTEGER));

  private static PrintedFigure figure(String ref, String indicator, Field field, YearMonth period, String value,
      NumberFormat format) {
    return new PrintedFigure("LOOKED AFTER CHILDREN", ref, indicator, "", field, period,
        new Cell(value, new BigDecimal(value), format, Tone.PLAIN, "", ""));
  }

  private static QuotedNumber says(String written) {
    boolean percent = written.endsWith("%");
    String digits = percent ? written.substring(0, written.length() - 1) : written;
    return new QuotedNumber(digits, new BigDecimal(digits.replace(",", "")), percent, 6, 56);
  }

  @Test
  void theB8CommentsYearEndCountMisquotesA12sMarchFigure() {
    // 550 is within a tenth of 546, 555, 545 and 562; March's own figure is the one a reader takes it for.
    assertThat(CommentaryFigureCheck.misquoted(says("550"), CHILDREN_IN_CARE, MARCH)).get()
        .satisfies(p -> {
          assertThat(p.ref()).isEqualTo("A.12 (SC)");
          assertThat(p.field()).isEqualTo(Field.MONTH);
          assertThat(p.period()).isEqualTo(MARCH);
        });
  }

  @Test
  void theFigureAsPrintedAgrees() {
    assertThat(CommentaryFigureCheck.misquoted(says("545"), CHILDREN_IN_CARE, MARCH)).isEmpty();
    assertThat(CommentaryFigureCheck.misquoted(says("562"), CHILDREN_IN_CARE, MARCH)).isEmpty();
    // The rate prints 96.7 (96.689 to one place).
    assertThat(CommentaryFigureCheck.misquoted(says("96.7"), CHILDREN_IN_CARE, MARCH)).isEmpty();
  }

  @Test
  void aFigureRoundedFurtherThanPrintedAgreesAndOneGivenMorePreciselyMustStillRoundToIt() {
    assertThat(CommentaryFigureCheck.misquoted(says("74%"), HEALTH, DECEMBER)).isEmpty();
    assertThat(CommentaryFigureCheck.misquoted(says("74.5%"), HEALTH, DECEMBER)).isEmpty();
    assertThat(CommentaryFigureCheck.misquoted(says("74.50%"), HEALTH, DECEMBER)).isEmpty();
    // 74.6% is within a tenth of 74.5% and 71.0%, and equal to neither.
    assertThat(CommentaryFigureCheck.misquoted(says("74.6%"), HEALTH, DECEMBER)).get()
        .extracting(PrintedFigure::field).isEqualTo(Field.MONTH);
    // The printed 74.5% read to a whole number is 75%, which a reader would write; 76% is neither.
    assertThat(CommentaryFigureCheck.misquoted(says("75%"), HEALTH, DECEMBER)).isEmpty();
    assertThat(CommentaryFigureCheck.misquoted(says("76%"), HEALTH, DECEMBER)).isPresent();
  }

  @Test
  void aTargetOrThresholdThePackPrintsAgrees() {
    assertThat(CommentaryFigureCheck.misquoted(says("95.2"), CHILDREN_IN_CARE, MARCH)).isEmpty();
    assertThat(CommentaryFigureCheck.misquoted(says("95%"), HEALTH, DECEMBER)).isEmpty();
  }

  @Test
  void aNumberFarFromEveryFigureStatesSomethingElse() {
    // 23 children left care; 410 days; 52 reviews: none within a tenth of a figure of the measure.
    assertThat(CommentaryFigureCheck.misquoted(says("23"), CHILDREN_IN_CARE, MARCH)).isEmpty();
    assertThat(CommentaryFigureCheck.misquoted(says("410"), CHILDREN_IN_CARE, MARCH)).isEmpty();
    assertThat(CommentaryFigureCheck.misquoted(says("85%"), HEALTH, DECEMBER)).isEmpty();
  }

  @Test
  void aPercentageIsComparedOnlyWithPercentagesAndACountOnlyWithOtherFigures() {
    // 74.5 without "%" is not the printed 74.5%, and 545% is not the count 545.
    assertThat(CommentaryFigureCheck.misquoted(says("74"), HEALTH, DECEMBER)).isEmpty();
    assertThat(CommentaryFigureCheck.misquoted(says("550%"), CHILDREN_IN_CARE, MARCH)).isEmpty();
  }
}
