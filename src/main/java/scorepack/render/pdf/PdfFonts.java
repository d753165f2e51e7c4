package scorepack.render.pdf;

import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;

/**
 * The pack's two faces, Liberation Sans regular and bold, embedded as Unicode (Identity-H) subsets.
 * Each document gets fonts of its own, made from font files read once per run: a shared font
 * would share its subset and its subset-prefix random source between documents, and the prefixes
 * must be the same on every run.
 *
 * @param regular body text
 * @param bold headings, header cells and symbols
 */
record PdfFonts(BaseFont regular, BaseFont bold) {
  static final String REGULAR = "liberation/LiberationSans-Regular.ttf";
  static final String BOLD = "liberation/LiberationSans-Bold.ttf";

  static PdfFonts load() throws IOException {
    return new PdfFonts(font(REGULAR, FontFiles.REGULAR), font(BOLD, FontFiles.BOLD));
  }

  BaseFont of(boolean isBold) {
    return isBold ? bold : regular;
  }

  private static BaseFont font(String resource, byte[] file) throws IOException {
    try {
      BaseFont font = BaseFont.createFont(resource, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, file, null);
      // OpenPDF writes a CIDSet that does not match the subset, which PDF/A and PDF/UA reject.
      font.setIncludeCidSet(false);
      font.setSecureRandom(seeded(resource));
      return font;
    } catch (DocumentException e) {
      throw new IOException("cannot load the font " + resource + " from the classpath", e);
    }
  }

  /** The font files, read from the classpath on first use: reading them took most of a font's making. */
  private static final class FontFiles {
    static final byte[] REGULAR = read(PdfFonts.REGULAR);
    static final byte[] BOLD = read(PdfFonts.BOLD);

    private static byte[] read(String resource) {
      try (InputStream in = PdfFonts.class.getClassLoader().getResourceAsStream(resource)) {
        if (in == null) {
          throw new IllegalStateException("the font " + resource + " is missing from the classpath");
        }
        return in.readAllBytes();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the font " + resource + " from the classpath", e);
      }
    }
  }

  /** A random source that always gives the same subset prefix, e.g. "ABCDEF+LiberationSans". */
  private static SecureRandom seeded(String seed) {
    try {
      SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
      // Seeding before the first use replaces, not adds to, the system entropy.
      random.setSeed(seed.getBytes(StandardCharsets.UTF_8));
      return random;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA1PRNG is always available", e);
    }
  }
}
