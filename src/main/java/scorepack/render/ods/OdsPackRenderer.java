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
  /**
   * SODS 1.8 records every sheet added to a spreadsheet in a static, unsynchronised map until the
   * spreadsheet is cleared: so each spreadsheet is cleared once written (else a run over many
   * authorities runs out of memory), and only one is built at a time.
   */
  private static final Object SODS_REGISTRY = new Object();

  public OdsPackRenderer() {}

  /** Writes the spreadsheet to {@code out}, which is left open. */
  public void render(Pack pack, OutputStream out) throws IOException {
    WorkbookLayout layout = WorkbookLayout.of(pack);
    ByteArrayOutputStream raw = new ByteArrayOutputStream();
    synchronized (SODS_REGISTRY) {
      SpreadSheet spread = new SpreadSheet();
      try {
        OdsSheetWriter writer = new OdsSheetWriter(new OdsStyles());
        for (SheetLayout sheet : layout.sheets()) {
          spread.appendSheet(writer.sheet(sheet));
        }
        spread.save(raw);
      } finally {
        spread.clear();
      }
    }
    byte[] finished = new OdsPackage(layout).finish(raw.toByteArray());
    new FixedTimeZip(layout.properties().created()).rewrite(finished, out);
    out.flush();
  }
}
