package scorepack.definition;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which numbers in a comment may state a figure, and which plainly state something else. */
class CommentNumbersTest {
  /** The numbers read, as written, with "%" on percentages. */
  private static List<String> read(String text) {
    return CommentNumbers.in(text).stream().map(f -> f.written() + (f.percent() ? "%" : "")).toList();
  }

  @Test
  void theMembersB8CommentStatesTheYearEndCountAndNothingElse() {
    assertThat(read("The number of children in care ended the year at 550, ten fewer than in March 2022, but the"
        + " rate stays above the target as the child population estimate fell.")).containsExactly("550");
  }

  @Test
  void percentagesAreReadWithTheirDecimalsAndKnownAsPercentages() {
    List<CommentNumbers.Found> found = CommentNumbers.in(
        "December's 8.7% reflects a month in which most children returned home. The year to date, 27.5 per cent,"
            + " sits just above the amber threshold.");
    assertThat(found).extracting(CommentNumbers.Found::written).containsExactly("8.7", "27.5");
    assertThat(found).allMatch(CommentNumbers.Found::percent);
    assertThat(found.get(0).value()).isEqualByComparingTo("8.7");
    assertThat(found.get(0).offset()).isEqualTo(11);
  }

  @Test
  void thousandsSeparatorsAreOneNumberAndASentenceCommaIsNot() {
    assertThat(read("Contacts reached 1,234 in March and 1,250.5 on average; 545, then 17 more.")).containsExactly(
        "1,234", "1,250.5", "545");
    assertThat(CommentNumbers.in("Contacts reached 1,234.").get(0).value()).isEqualByComparingTo("1234");
  }

  @Test
  void yearsDatesAndTimesAreNotFigures() {
    assertThat(read("In 2022/23 and 2021-22, by 31/01/2023, on 2023-03-31, in March 2023, on 4 April, on"
        + " April 4th, at 10am and at 14:30.")).isEmpty();
  }

  @Test
  void numbersSpeltOutAreNotRead() {
    assertThat(read("Ten fewer children, eight reviews and three practices.")).isEmpty();
  }

  @Test
  void referencesOrdinalsAndMoneyAreNotFigures() {
    assertThat(read("See B.8, A.12 (SC), ED.1, CH04 and line 4.25; the 3rd review in Q4 for year 11 cost £1,200"
        + " and $40.")).isEmpty();
  }

  @Test
  void targetsExpectationsAndComparatorsAreNotThisCouncilsFigures() {
    assertThat(read("We expect the figure to pass 85% by the summer.")).isEmpty();
    assertThat(read("The target of 95% was missed.")).isEmpty();
    assertThat(read("The national average is 2.7%.")).isEmpty();
    assertThat(read("Our statistical neighbours report 56.0 per 10,000.")).isEmpty();
    assertThat(read("We plan to reach 600 placements.")).isEmpty();
  }

  @Test
  void aTargetInOneSentenceDoesNotHideAFigureInTheNext() {
    assertThat(read("The target is 95%. The figure was 88%.")).containsExactly("88%");
  }

  @Test
  void approximationsDifferencesAndPartsOfAWholeAreNotFigures() {
    assertThat(read("Nearly 550 children, a rise of 5%, up by 3 points, 4 percentage points lower, 35 of them,"
        + " 13 short of it, 10 more than before, more than 200 visits and between 545 and 600 a month.")).isEmpty();
  }

  @Test
  void ratePerPopulationKeepsTheRateAndDropsTheDenominator() {
    assertThat(read("The rate fell to 95.9 per 10,000 in December.")).containsExactly("95.9");
  }
}
