package scorepack.render.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SheetNamesTest {
  @Test
  void namesLoseForbiddenCharactersAndKeepToThirtyOneCharacters() {
    SheetNames names = new SheetNames();
    assertThat(names.unique("YOT / EVIDENCE BASED HUB / FGC")).isEqualTo("YOT - EVIDENCE BASED HUB - FGC");
    assertThat(names.unique("What? [draft]: *all*")).isEqualTo("What draft all");
    assertThat(names.unique("A very long section title that goes on and on")).hasSizeLessThanOrEqualTo(31);
    assertThat(names.unique("'quoted'")).isEqualTo("quoted");
    assertThat(names.unique("history")).isEqualTo("Sheet");
  }

  /** Issue 15, point 6: a Members tab read "EDUCATION INDICATORS (ACADEMIC". */
  @Test
  void aLongNameLosesItsAsideAndIsCutAtAWord() {
    SheetNames names = new SheetNames();
    assertThat(names.unique("EDUCATION INDICATORS (ACADEMIC YEAR)")).isEqualTo("EDUCATION INDICATORS");
    assertThat(names.unique("PLACEMENTS (LONG TERM) AND PERMANENCE")).isEqualTo("PLACEMENTS AND PERMANENCE");
    assertThat(names.unique("Short (aside kept)")).isEqualTo("Short (aside kept)");
    assertThat(names.unique("A very long section title that goes on and on")).isEqualTo("A very long section title that");
  }

  @Test
  void aTakenNameGetsANumberIgnoringCase() {
    SheetNames names = new SheetNames();
    assertThat(names.unique("Notes")).isEqualTo("Notes");
    assertThat(names.unique("NOTES")).isEqualTo("NOTES (2)");
    assertThat(names.unique("A very long section title that goes on and on")).hasSizeLessThanOrEqualTo(31);
    assertThat(names.unique("A very long section title that goes on and on")).hasSizeLessThanOrEqualTo(31).endsWith(" (2)");
  }

  @Test
  void tableNamesAreWordsJoinedByUnderscores() {
    TableNames names = new TableNames();
    assertThat(names.unique("Scorecard", "EARLY HELP CONTACTS & LOCALITY")).isEqualTo(
        "Scorecard_EARLY_HELP_CONTACTS_LOCALITY");
    assertThat(names.unique("Scorecard", "")).isEqualTo("Scorecard");
    assertThat(names.unique("Scorecard", "")).isEqualTo("Scorecard_2");
  }
}
