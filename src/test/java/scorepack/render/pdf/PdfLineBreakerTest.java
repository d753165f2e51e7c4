package scorepack.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PdfLineBreakerTest {
  private static final TextStyle STYLE = TextStyle.regular(8);
  private static LineBreaker breaker;

  @BeforeAll
  static void loadFonts() throws IOException {
    breaker = new LineBreaker(PdfFonts.load());
  }

  @Test
  void shortTextStaysOnOneLine() {
    assertThat(breaker.lines("92.2%", STYLE, 100)).containsExactly("92.2%");
  }

  @Test
  void emptyTextHasNoLines() {
    assertThat(breaker.lines("", STYLE, 100)).isEmpty();
  }

  @Test
  void longTextBreaksAtSpacesAndKeepsTheSpaceForScreenReaders() {
    String text = "% of looked after children care plans reviewed within timescales";
    List<String> lines = breaker.lines(text, STYLE, 120);
    assertThat(lines).hasSizeGreaterThan(1);
    assertThat(String.join("", lines)).isEqualTo(text);
    assertThat(lines).allSatisfy(line -> assertThat(breaker.width(line, STYLE)).isLessThanOrEqualTo(120));
  }

  @Test
  void aWordWiderThanTheLineIsSplitWithoutAddingSpaces() {
    String word = "performance@example.gov.uk";
    List<String> lines = breaker.lines(word, STYLE, 30);
    assertThat(lines).hasSizeGreaterThan(1);
    assertThat(String.join("", lines)).isEqualTo(word);
  }

  @Test
  void lineBreaksInTheTextStartNewLines() {
    assertThat(breaker.lines("first\nsecond", STYLE, 500)).containsExactly("first ", "second");
  }
}
