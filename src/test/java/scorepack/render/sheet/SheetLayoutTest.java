package scorepack.render.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SheetLayoutTest {
  private static final SheetImage PICTURE = new SheetImage(2, 1, InsightPacks.chart("1.1 Plans", true), "Chart 1",
      500, 225, "The picture is in the XLSX edition.");

  @Test
  void aPictureTakesAnEmptyRowOfTheLinesWhoseHeightItSets() {
    SheetLayout sheet = new SheetLayout("Charts", "Trend charts", List.of(
        List.of(SheetCell.text("Chart 1", TextRole.LABEL)), List.of()), null, List.of(24, 100), List.of(PICTURE));
    assertThat(sheet.rowHeights()[2]).isEqualTo(225 + 2 * SheetImage.MARGIN);
    assertThat(sheet.rowHeights()[1]).isZero();
    assertThat(PICTURE.description()).isEqualTo(PICTURE.chart().description());
  }

  @Test
  void aPictureOverTextOrBelowTheLinesIsRejected() {
    assertThatThrownBy(() -> new SheetLayout("Charts", "Trend charts", List.of(List.of(SheetCell.body("x")),
        List.of(SheetCell.body("text"))), null, List.of(24, 100), List.of(PICTURE)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Chart 1");
    assertThatThrownBy(() -> new SheetLayout("Charts", "Trend charts", List.of(List.of()), null, List.of(24, 100),
        List.of(PICTURE))).isInstanceOf(IllegalArgumentException.class);
  }
}
