package scorepack.engine;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Where an input figure came from, so every printed figure can be traced to its rows.
 *
 * @param file the extract file name, relative to the data folder
 * @param line the 1-based line in that file
 * @param extracted the date the extract was taken, which decides which of two extracts wins
 */
public record SourceRef(String file, long line, LocalDate extracted) implements Comparable<SourceRef> {
  public SourceRef {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(extracted, "extracted");
  }

  /** Later extracts sort after earlier ones; on the same date, file name then line decide. */
  @Override
  public int compareTo(SourceRef o) {
    int c = extracted.compareTo(o.extracted);
    if (c == 0) {
      c = file.compareTo(o.file);
    }
    return c != 0 ? c : Long.compare(line, o.line);
  }

  @Override
  public String toString() {
    return file + ":" + line + " (extracted " + extracted + ")";
  }
}
