package scorepack.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import org.junit.jupiter.api.Test;
import scorepack.pack.Tone;

class PdfToneColoursTest {
  @Test
  void everyToneKeepsTextContrastOfAtLeastFourAndAHalfToOne() {
    for (Tone tone : Tone.values()) {
      ToneColours colours = ToneColours.of(tone);
      assertThat(contrast(colours.text(), colours.background())).as(tone.name()).isGreaterThanOrEqualTo(4.5);
    }
  }

  @Test
  void headerSectionAndFooterColoursAreReadable() {
    assertThat(contrast(HouseColours.ON_NAVY, HouseColours.NAVY)).isGreaterThanOrEqualTo(4.5);
    assertThat(contrast(HouseColours.TEXT, HouseColours.SECTION)).isGreaterThanOrEqualTo(4.5);
    assertThat(contrast(HouseColours.MUTED, Color.WHITE)).isGreaterThanOrEqualTo(4.5);
  }

  @Test
  void ragTonesAreFilledAndArrowsAreNot() {
    assertThat(ToneColours.of(Tone.RAG_RED).fill()).isNotNull();
    assertThat(ToneColours.of(Tone.RAG_AMBER).fill()).isNotNull();
    assertThat(ToneColours.of(Tone.RAG_GREEN).fill()).isNotNull();
    assertThat(ToneColours.of(Tone.IMPROVING).fill()).isNull();
    assertThat(ToneColours.of(Tone.DECLINING).fill()).isNull();
    assertThat(ToneColours.of(Tone.PLAIN).fill()).isNull();
  }

  /** The WCAG 2 contrast ratio. */
  static double contrast(Color a, Color b) {
    double la = luminance(a);
    double lb = luminance(b);
    return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
  }

  private static double luminance(Color colour) {
    int[] channels = {colour.getRed(), colour.getGreen(), colour.getBlue()};
    double[] weights = {0.2126, 0.7152, 0.0722};
    double sum = 0;
    for (int i = 0; i < 3; i++) {
      double c = channels[i] / 255.0;
      sum += weights[i] * (c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4));
    }
    return sum;
  }
}
