package scorepack.render.ods;

import java.io.IOException;
import java.io.OutputStream;
import scorepack.pack.Pack;
import scorepack.render.PackRenderer;
import scorepack.render.sheet.WorkbookLayout;

/**
 * Writes a pack as an OpenDocument spreadsheet with the same sheets, tables and cells as the XLSX
 * workbook. The same pack always gives the same bytes. Renders may run on several threads at once.
 */
public final class OdsPackRenderer implements PackRenderer {
  public OdsPackRenderer() {}

  @Override
  public void render(Pack pack, OutputStream out) throws IOException {
    new OdsPackage(WorkbookLayout.of(pack)).write(out);
  }
}
