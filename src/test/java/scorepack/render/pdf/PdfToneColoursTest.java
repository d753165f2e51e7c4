package scorepack.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import org.junit.jupiter.api.Test;
import scorepack.pack.Tone;
import scorepack.render.Contrast;

class PdfToneColoursTest {
  @Test
  void everyToneKeepsTextContrastOfAtLeastFourAndAHalfToOne() {
    for (Tone tone : Tone.values()) {
      ToneColours colours = ToneColours.of(tone);
      assertThat(Contrast.ratio(colours.text(), colours.background())).as(tone.name()).isGreaterThanOrEqualTo(4.5);
    }
  }

  @Test
  void headerSectionAndFooterColoursAreReadable() {
    assertThat(Contrast.ratio(HouseColours.ON_NAVY, HouseColours.NAVY)).isGreaterThanOrEqualTo(4.5);
    assertThat(Contrast.ratio(HouseColours.TEXT, HouseColours.SECTION)).isGreaterThanOrEqualTo(4.5);
    assertThat(Contrast.ratio(HouseColours.MUTED, Color.WHITE)).isGreaterThanOrEqualTo(4.5);
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
}
