package scorepack.render.pdf;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/** Lets OpenPDF close its stream at the end of the document without closing the caller's. */
final class KeepOpenOutputStream extends FilterOutputStream {
  KeepOpenOutputStream(OutputStream out) {
    super(out);
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    out.write(b, off, len);
  }

  @Override
  public void close() throws IOException {
    out.flush();
  }
}
