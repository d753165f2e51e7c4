package scorepack.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import scorepack.render.pdf.RowPagination.PageRows;

class PdfRowPaginationTest {
  @Test
  void rowsThatFitStayOnOnePage() {
    assertThat(RowPagination.split(new float[] {10, 10, 10}, new boolean[3], 30, 30))
        .containsExactly(new PageRows(0, 3));
  }

  @Test
  void aRowThatDoesNotFitStartsTheNextPage() {
    assertThat(RowPagination.split(new float[] {10, 10, 10, 10, 10}, new boolean[5], 25, 30))
        .containsExactly(new PageRows(0, 2), new PageRows(2, 5));
  }

  @Test
  void aSectionHeadingMovesToThePageOfItsFirstRow() {
    boolean[] keep = {false, false, true, false};
    assertThat(RowPagination.split(new float[] {10, 10, 10, 10}, keep, 30, 30))
        .containsExactly(new PageRows(0, 2), new PageRows(2, 4));
  }

  @Test
  void aRowTallerThanAPageGetsAPageOfItsOwn() {
    assertThat(RowPagination.split(new float[] {10, 100, 10}, new boolean[3], 30, 30))
        .containsExactly(new PageRows(0, 1), new PageRows(1, 2), new PageRows(2, 3));
  }

  @Test
  void noRowsStillMakeOnePage() {
    assertThat(RowPagination.split(new float[0], new boolean[0], 30, 30)).containsExactly(new PageRows(0, 0));
  }
}
