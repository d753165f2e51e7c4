package scorepack.engine;

/** A red / amber / green status against an indicator's tolerances. */
public enum Rag {
  RED("Red"),
  AMBER("Amber"),
  GREEN("Green");

  private final String word;

  Rag(String word) {
    this.word = word;
  }

  /** The word printed in the RAG cell, so that colour is never the only carrier. */
  public String word() {
    return word;
  }

  /** The lower-case value written to the CSV output. */
  public String code() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
