package scorepack.render.ods;

import com.github.miachm.sods.Range;
import com.github.miachm.sods.Sheet;
import java.util.List;
import scorepack.render.sheet.SheetCell;
import scorepack.render.sheet.SheetImage;
import scorepack.render.sheet.SheetLayout;
import scorepack.render.sheet.TextRole;

/**
 * Draws one laid-out sheet with SODS: every row from A1 down, numbers as numbers. SODS cannot embed
 * pictures, so a chart's picture is replaced by a line saying where it and its figures are.
 */
final class OdsSheetWriter {
  /** Millimetres per character of column width, for 10pt text. */
  static final double MM_PER_CHARACTER = 2.0;

  private final OdsStyles styles;

  OdsSheetWriter(OdsStyles styles) {
    this.styles = styles;
  }

  Sheet sheet(SheetLayout layout) {
    List<List<SheetCell>> rows = layout.rows();
    int columns = Math.max(layout.widths().size(), rows.stream().mapToInt(List::size).max().orElse(1));
    Sheet sheet = new Sheet(layout.name(), rows.size(), Math.max(1, columns));
    for (int c = 0; c < layout.widths().size(); c++) {
      sheet.setColumnWidth(c, layout.widths().get(c) * MM_PER_CHARACTER);
    }
    for (int r = 0; r < rows.size(); r++) {
      List<SheetCell> row = rows.get(r);
      for (int c = 0; c < row.size(); c++) {
        write(sheet.getRange(r, c), row.get(c));
      }
    }
    // SODS writes no pictures: each chart's cell says where its picture and its figures are.
    for (SheetImage image : layout.images()) {
      write(sheet.getRange(image.row(), image.column()), SheetCell.text(image.instead(), TextRole.PARAGRAPH));
    }
    return sheet;
  }

  private void write(Range range, SheetCell cell) {
    if (cell instanceof SheetCell.Text t) {
      if (!t.text().isEmpty()) {
        range.setValue(t.text());
      }
      range.setStyle(styles.text(t.role(), t.tone()));
    } else if (cell instanceof SheetCell.Figure f) {
      range.setValue(f.value().doubleValue());
      range.setStyle(styles.figure(f.tone()));
    } else if (cell instanceof SheetCell.Link l) {
      range.setValue(l.sheet());
      range.setStyle(styles.link());
    }
  }
}
