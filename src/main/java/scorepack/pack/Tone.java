package scorepack.pack;

/**
 * The colour role of a cell. Renderers choose the colours; the text always carries the meaning
 * too, so colour is never the only carrier.
 */
public enum Tone {
  /** Ordinary text. */
  PLAIN,
  /** A red RAG cell: filled, and the word "Red" printed. */
  RAG_RED,
  /** An amber RAG cell. */
  RAG_AMBER,
  /** A green RAG cell. */
  RAG_GREEN,
  /** A DOT arrow meaning better performance. */
  IMPROVING,
  /** A DOT arrow meaning worse performance. */
  DECLINING,
  /** A DOT arrow on an information-only measure, or no change. */
  NEUTRAL
}
