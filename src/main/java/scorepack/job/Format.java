package scorepack.job;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import scorepack.pack.Pack;
import scorepack.render.PackRenderer;
import scorepack.render.csv.CsvPackRenderer;
import scorepack.render.docx.DocxCoverRenderer;
import scorepack.render.html.HtmlPackRenderer;
import scorepack.render.ods.OdsPackRenderer;
import scorepack.render.pdf.PdfPackRenderer;
import scorepack.render.xlsx.XlsxPackRenderer;

/** The output formats of a pack, each drawn by its own {@link PackRenderer}. */
public enum Format {
  /** The committee document. */
  PDF(PdfPackRenderer::new),
  /** The analysts' workbook. */
  XLSX(XlsxPackRenderer::new),
  /** The same workbook as an OpenDocument spreadsheet, which GOV.UK prefers for publishing. */
  ODS(OdsPackRenderer::new),
  /** Every printed figure in long form. */
  CSV(CsvPackRenderer::new),
  /**
   * The covering report drafted from the pack, in Word: only for packs whose template has a cover,
   * and only when asked for.
   */
  DOCX(DocxCoverRenderer::new),
  /** The pack as one self-contained, accessible web page: only when asked for. */
  HTML(HtmlPackRenderer::new);

  private final Supplier<PackRenderer> renderer;

  Format(Supplier<PackRenderer> renderer) {
    this.renderer = renderer;
  }

  /** The formats written when none is asked for. */
  public static Set<Format> defaults() {
    return EnumSet.of(PDF, XLSX, ODS, CSV);
  }

  /**
   * The pack's file name in this format: {@code PACK-YYYY-MM.pdf}, and for the covering report
   * {@code PACK-YYYY-MM-cover.docx}.
   */
  public String fileName(Pack pack) {
    return pack.fileStem() + (this == DOCX ? "-cover" : "") + "." + extension();
  }

  /** The file extension, without the dot. */
  public String extension() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** A renderer of this format; each render may have its own. */
  public PackRenderer renderer() {
    return renderer.get();
  }

  /** The pack's file in this format, in memory. */
  public byte[] render(Pack pack) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    renderer().render(pack, bytes);
    return bytes.toByteArray();
  }
}
