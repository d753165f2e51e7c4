package scorepack.render.ods;

import com.github.miachm.sods.SpreadSheet;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import scorepack.pack.Pack;
import scorepack.render.xlsx.FixedTimeZip;
import scorepack.render.sheet.SheetLayout;
import scorepack.render.sheet.WorkbookLayout;

/**
 * Writes a pack as an OpenDocument spreadsheet with the same sheets, tables and cells as the XLSX
 * workbook. The same pack always gives the same bytes.
 */
public final class OdsPackRenderer {
  public OdsPackRenderer() {}

  /** Writes the spreadsheet to {@code out}, which is left open. */
  public void render(Pack pack, OutputStream out) throws IOException {
    WorkbookLayout layout = WorkbookLayout.of(pack);
    SpreadSheet spread = new SpreadSheet();
    OdsSheetWriter writer = new OdsSheetWriter(new OdsStyles());
    for (SheetLayout sheet : layout.sheets()) {
      spread.appendSheet(writer.sheet(sheet));
    }
    ByteArrayOutputStream raw = new ByteArrayOutputStream();
    spread.save(raw);
    byte[] finished = new OdsPackage(layout).finish(raw.toByteArray());
    new FixedTimeZip(layout.properties().created()).rewrite(finished, out);
    out.flush();
  }
}
