package scorepack.render.xlsx;

import java.util.List;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.util.Units;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFPicture;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openxmlformats.schemas.drawingml.x2006.main.CTNonVisualDrawingProps;
import scorepack.render.chart.ChartPng;
import scorepack.render.sheet.SheetImage;

/**
 * Draws a sheet's charts as PNG pictures, each inside the row the layout sized for it, a little
 * below the row's top, at its size whatever the column widths (moved with its cell, never resized).
 * The picture's alternative text (the drawing's {@code descr}) is the chart's description.
 */
final class XlsxPictures {
  private final XSSFWorkbook workbook;

  XlsxPictures(XSSFWorkbook workbook) {
    this.workbook = workbook;
  }

  void draw(XSSFSheet sheet, List<SheetImage> images) {
    if (images.isEmpty()) {
      return;
    }
    // Drawing and encoding the pictures is much of a workbook's writing, and each picture is drawn
    // on its own: on a spare core too when there is one (a pack's workbook is the last of its files
    // to be finished). Over a region both cores are busy anyway, and this costs nothing.
    List<byte[]> pictures = images.parallelStream()
        .map(image -> ChartPng.of(image.chart(), image.width(), image.height()))
        .toList();
    XSSFDrawing drawing = sheet.createDrawingPatriarch();
    for (int i = 0; i < images.size(); i++) {
      SheetImage image = images.get(i);
      int picture = workbook.addPicture(pictures.get(i), Workbook.PICTURE_TYPE_PNG);
      // Both corners in the picture's own cell: the row is as tall as the picture and its margins,
      // and the layout keeps the picture narrower than the column.
      int top = emu(SheetImage.MARGIN);
      XSSFClientAnchor anchor = drawing.createAnchor(0, top, emu(image.width()), top + emu(image.height()),
          image.column(), image.row(), image.column(), image.row());
      anchor.setAnchorType(ClientAnchor.AnchorType.MOVE_DONT_RESIZE);
      XSSFPicture drawn = drawing.createPicture(anchor, picture);
      CTNonVisualDrawingProps properties = drawn.getCTPicture().getNvPicPr().getCNvPr();
      properties.setName(image.name());
      properties.setDescr(image.description());
    }
  }

  private static int emu(double points) {
    return (int) Math.round(points * Units.EMU_PER_POINT);
  }
}
