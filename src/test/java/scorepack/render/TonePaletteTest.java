package scorepack.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import scorepack.pack.Tone;

class TonePaletteTest {
  @Test
  void everyToneKeepsTextContrastOfAtLeastFourAndAHalfToOne() {
    for (Tone tone : Tone.values()) {
      TonePalette colours = TonePalette.of(tone);
      assertThat(contrast(colours.text(), colours.background())).as(tone.name()).isGreaterThanOrEqualTo(4.5);
    }
  }

  @Test
  void ragTonesAreFilledAndDotTonesAreNot() {
    assertThat(TonePalette.of(Tone.RAG_RED).fill()).isNotNull();
    assertThat(TonePalette.of(Tone.RAG_AMBER).fill()).isNotNull();
    assertThat(TonePalette.of(Tone.RAG_GREEN).fill()).isNotNull();
    assertThat(TonePalette.of(Tone.IMPROVING).fill()).isNull();
    assertThat(TonePalette.of(Tone.PLAIN).fill()).isNull();
  }

  /** The WCAG 2 contrast ratio of two RRGGBB colours. */
  private static double contrast(String a, String b) {
    double la = luminance(a);
    double lb = luminance(b);
    return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
  }

  private static double luminance(String rgb) {
    byte[] bytes = HexFormat.of().parseHex(rgb);
    double[] weights = {0.2126, 0.7152, 0.0722};
    double sum = 0;
    for (int i = 0; i < 3; i++) {
      double c = (bytes[i] & 0xFF) / 255.0;
      double linear = c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
      sum += weights[i] * linear;
    }
    return sum;
  }
}
