package scorepack.render.ods;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import scorepack.render.sheet.SheetCell;
import scorepack.render.sheet.SheetImage;
import scorepack.render.sheet.SheetLayout;
import scorepack.render.sheet.TextRole;

/**
 * A laid-out sheet as the ODS draws it: every row from A1 down, each chart's picture replaced by a
 * line saying where the picture and its figures are, since the ODS embeds no pictures.
 *
 * @param layout the sheet
 * @param rows its cells by row; a null cell is left out (no value and no style), as are the cells
 *     before a chart's line in its otherwise empty row
 */
record OdsSheet(SheetLayout layout, List<List<SheetCell>> rows) {
  OdsSheet {
    Objects.requireNonNull(layout, "layout");
    Objects.requireNonNull(rows, "rows");
  }

  static OdsSheet of(SheetLayout layout) {
    List<List<SheetCell>> rows = new ArrayList<>(layout.rows());
    for (SheetImage image : layout.images()) {
      List<SheetCell> row = new ArrayList<>(rows.get(image.row()));
      while (row.size() <= image.column()) {
        row.add(null);
      }
      row.set(image.column(), SheetCell.text(image.instead(), TextRole.PARAGRAPH));
      rows.set(image.row(), Collections.unmodifiableList(row));
    }
    return new OdsSheet(layout, Collections.unmodifiableList(rows));
  }

  /** How many columns the sheet uses: those with a width, and any cell beyond them. */
  int columns() {
    int columns = Math.max(1, layout.widths().size());
    for (List<SheetCell> row : rows) {
      columns = Math.max(columns, row.size());
    }
    return columns;
  }
}
