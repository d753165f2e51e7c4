package scorepack.render;

import java.io.IOException;
import java.io.OutputStream;
import scorepack.pack.Pack;

/**
 * Draws a finished pack as one file in one format. Every format implements this, and a run picks
 * the renderer by format; a renderer prints what the pack holds and calculates nothing, so that each
 * format shows the same figures, judgements, text and suppression. The same pack always gives the
 * same bytes, and renders may run on several threads at once.
 */
public interface PackRenderer {
  /** Writes the pack's file to {@code out}, which is left open. */
  void render(Pack pack, OutputStream out) throws IOException;

  /**
   * Loads the renderer's libraries and fonts by drawing something thrown away, so that a run can do
   * it on an idle core while the first pack is calculated instead of when the first file is drawn.
   * Formats with nothing slow to load keep this default, which does nothing.
   */
  default void prepare() throws IOException {}
}
