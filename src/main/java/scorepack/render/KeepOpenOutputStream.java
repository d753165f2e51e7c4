package scorepack.render;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Lets a library close the stream it was given (OpenPDF at the end of a document, a zip writer when
 * it finishes) without closing the caller's stream: closing only flushes.
 */
public final class KeepOpenOutputStream extends FilterOutputStream {
  public KeepOpenOutputStream(OutputStream out) {
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
