package scorepack.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import scorepack.pack.Tone;

class TonePaletteTest {
  @Test
  void everyToneKeepsTextContrastOfAtLeastFourAndAHalfToOne() {
    for (Tone tone : Tone.values()) {
      TonePalette colours = TonePalette.of(tone);
      assertThat(Contrast.ratio(colours.text(), colours.background())).as(tone.name()).isGreaterThanOrEqualTo(4.5);
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
}
